print("state module body runs")
items = []
