x = "abc" \ x
