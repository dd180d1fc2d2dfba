"""The investigator's web pages, one module per page: case list, case page (with its members),
image report. Plain function views; access through :func:`cases.access.get_case_for_user`."""
