"""Tests of the web layer (a package, so its conftest does not shadow the other folders' ``conftest``)."""
