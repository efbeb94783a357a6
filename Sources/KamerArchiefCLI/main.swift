import KamerArchief
print("kamerarchief")
