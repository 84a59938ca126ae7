print("start")
import not_a_real_module_xyz
print("unreachable")
