"""``python -m parkbridge.cli.main`` runs the console script (used by tests and scripts)."""

from parkbridge.cli import main

if __name__ == "__main__":
    main()
