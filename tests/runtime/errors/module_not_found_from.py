from nonexistent_pkg_abc.sub import thing
