from __future__ import annotations

import pytest

import refkit.errors as E


@pytest.mark.parametrize("name", E.__all__)
def test_every_error_is_a_refkit_error(name):
    assert issubclass(getattr(E, name), E.RefkitError)


@pytest.mark.parametrize(
    ("cls", "builtin"),
    [(E.InputError, ValueError), (E.UnreadableInput, OSError), (E.FormatError, ValueError), (E.StyleNotFound, LookupError),
     (E.SchemeNotFound, LookupError), (E.StyleError, ValueError), (E.LocaleNotFound, LookupError), (E.NetworkError, OSError),
     (E.UsageError, ValueError)],
)  # fmt: skip
def test_errors_also_inherit_the_builtin_they_mean(cls, builtin):
    assert issubclass(cls, builtin)


def test_errors_carry_context_and_print_one_line():
    err = E.FormatError("invalid JSON:\n bad", path="a.json", line=3)
    assert (err.path, err.line) == ("a.json", 3)
    assert str(err) == "a.json:3: invalid JSON: bad"
    assert E.StyleNotFound("nope").identifier == "nope"
    net = E.NetworkError("timeout", url="http://x", status=None)
    assert net.url == "http://x" and net.status is None


def test_the_tree_is_drawn_in_the_docstring():
    for name in E.__all__:
        assert name in E.__doc__
