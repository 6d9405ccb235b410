for i in range(5):
    print(i, end=" ")
print()
raise TypeError("mid-line output flushed")
