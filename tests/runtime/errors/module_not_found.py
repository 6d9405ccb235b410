print("importing")
import definitely_not_a_module_xyz
