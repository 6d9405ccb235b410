from c import C_THING
D_THING = "d"
