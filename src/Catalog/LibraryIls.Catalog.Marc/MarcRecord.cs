namespace LibraryIls.Catalog.Marc;
