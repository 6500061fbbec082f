print("ariane")
