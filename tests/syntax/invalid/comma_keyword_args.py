print(1, end="" sep="")
