DATA = '''sku,name,qty,price,tags
A100,"Widget, large",10,2.50,"tools;metal"
A101,Gadget,0,10.00,electronics
B200,"Thing ""quoted""",5,1.25,
B201,Doohickey,12,0.99,"tools;plastic"
C300,Gizmo,3,99.95,electronics;premium
'''
def parse_csv(text):
    rows, row, field, i, inq = [], [], [], 0, False
    while i < len(text):
        ch = text[i]
        if inq:
            if ch == '"':
                if i + 1 < len(text) and text[i + 1] == '"':
                    field.append('"'); i += 1
                else:
                    inq = False
            else:
                field.append(ch)
        elif ch == '"':
            inq = True
        elif ch == ",":
            row.append("".join(field)); field = []
        elif ch == "\n":
            row.append("".join(field)); field = []
            rows.append(row); row = []
        else:
            field.append(ch)
        i += 1
    if field or row:
        row.append("".join(field)); rows.append(row)
    return rows
rows = parse_csv(DATA)
header, body = rows[0], rows[1:]
items = [dict(zip(header, r)) for r in body]
for it in items:
    it["qty"] = int(it["qty"])
    it["price"] = float(it["price"])
    it["tags"] = [t for t in it["tags"].split(";") if t]
print(header)
for it in items:
    print(f"{it['sku']:<5} {it['name']:<18} {it['qty']:>3} {it['price']:>7.2f} {','.join(it['tags']) or '-'}")
total = sum(it["qty"] * it["price"] for it in items)
print(f"inventory value: {total:.2f}")
out_of_stock = [it["name"] for it in items if not it["qty"]]
by_tag = {}
for it in items:
    for t in it["tags"]:
        by_tag.setdefault(t, []).append(it["sku"])
print(out_of_stock, dict(sorted(by_tag.items())))
print(max(items, key=lambda it: it["price"])["name"], sorted(it["sku"] for it in items if it["price"] < 5))
def to_csv(rows):
    def q(v):
        s = str(v)
        return '"' + s.replace('"', '""') + '"' if any(c in s for c in ',"\n') else s
    return "\n".join(",".join(q(v) for v in r) for r in rows)
print(to_csv([["a", "b,c", 'd"e'], [1, 2.5, None]]))
print(parse_csv(to_csv(body)) == body)
