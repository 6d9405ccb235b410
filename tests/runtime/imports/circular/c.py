from d import D_THING
C_THING = "c"
