lambda (x): 1
