x = 1
fr¤om = 2
