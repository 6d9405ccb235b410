x = b'''
abc
€
'''
