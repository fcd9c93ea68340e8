"""``python -m refkit``: the same as the ``refkit`` command."""

from refkit.cli import main

if __name__ == "__main__":
    main(prog_name="refkit")
