"""Reading articles: files, directories, globs and stdin, their encodings, HTML pages
(:mod:`~pipeline.read.html`) and page furniture → :class:`~pipeline.model.records.Article`
records (:mod:`~pipeline.read.reader`); the text is never rewritten."""
