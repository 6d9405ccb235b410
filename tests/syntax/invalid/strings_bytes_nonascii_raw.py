x = rb"é"
