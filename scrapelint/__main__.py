"""`python -m scrapelint` runs the same command line as the console script."""

from scrapelint.cli.commands import main

if __name__ == "__main__":
    main()
