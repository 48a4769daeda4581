"""What only a corpus shows: lines a site repeats on every page, and documents that are copies.

`scrapelint learn` reads a corpus once into a SQLite table (`table`): per source (`address`), in
how many documents each normalised line occurs (`line_keys`), and each document's signature
(`signatures`) so that exact and near copies of an earlier document are known. `check` and `fix`
read the table back through the `repeated` and `corpus-duplicate` rule kinds.
"""
