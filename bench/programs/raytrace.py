"""Ray tracer: spheres and a checkered plane, point lights, shadows and
reflections rendered into a small image (floats, vector objects with
operator overloading, polymorphic intersection).

Argument: image width and height in pixels."""
import sys
import math

DEFAULT = 180
SMALL = 8

EPSILON = 1e-5


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        m = self.magnitude()
        return Vector(self.x / m, self.y / m, self.z / m)

    def reflect(self, normal):
        return self - normal * (2 * self.dot(normal))


ZERO = Vector(0.0, 0.0, 0.0)
UP = Vector(0.0, 1.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Color:
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, o):
        return Color(self.r + o.r, self.g + o.g, self.b + o.b)

    def __mul__(self, o):
        if isinstance(o, Color):
            return Color(self.r * o.r, self.g * o.g, self.b * o.b)
        return Color(self.r * o, self.g * o, self.b * o)

    def clamped(self):
        return Color(min(1.0, max(0.0, self.r)), min(1.0, max(0.0, self.g)), min(1.0, max(0.0, self.b)))


BLACK = Color(0.0, 0.0, 0.0)


class Surface:
    def __init__(self, color, diffuse, specular, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Surface):
    def color_at(self, point):
        if (int(math.floor(point.x)) + int(math.floor(point.z))) % 2 == 0:
            return self.color
        return Color(0.1, 0.1, 0.1)


class Sphere:
    def __init__(self, centre, radius, surface):
        self.centre = centre
        self.radius = radius
        self.surface = surface

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        s = math.sqrt(disc)
        t = -b - s
        if t > EPSILON:
            return t
        t = -b + s
        if t > EPSILON:
            return t
        return None

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Plane:
    def __init__(self, point, normal, surface):
        self.point = point
        self.normal = normal.normalized()
        self.surface = surface

    def intersect(self, ray):
        d = ray.direction.dot(self.normal)
        if abs(d) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / d
        return t if t > EPSILON else None

    def normal_at(self, p):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.rays_cast = 0

    def nearest(self, ray):
        best_t = None
        best = None
        for o in self.objects:
            t = o.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = o
        return best, best_t

    def trace(self, ray, depth):
        self.rays_cast += 1
        obj, t = self.nearest(ray)
        if obj is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Color(0.2, 0.3, 0.5) * k
        p = ray.at(t)
        n = obj.normal_at(p)
        if n.dot(ray.direction) > 0:
            n = -n
        surf = obj.surface
        base = surf.color_at(p)
        result = base * 0.1
        for light in self.lights:
            to_light = light.position - p
            dist = to_light.magnitude()
            ldir = to_light * (1.0 / dist)
            shadow_obj, st = self.nearest(Ray(p, ldir))
            if shadow_obj is not None and st < dist:
                continue
            lam = n.dot(ldir)
            if lam > 0:
                result = result + base * light.color * (lam * surf.diffuse)
            h = (ldir - ray.direction).normalized()
            spec = n.dot(h)
            if spec > 0:
                result = result + light.color * (spec ** 30 * surf.specular)
        if depth < 3 and surf.reflect > 0:
            r = Ray(p, ray.direction.reflect(n))
            result = result + self.trace(r, depth + 1) * surf.reflect
        return result


class Camera:
    def __init__(self, eye, look_at, fov, width, height):
        self.eye = eye
        self.forward = (look_at - eye).normalized()
        self.right = self.forward.cross(UP).normalized()
        self.up = self.right.cross(self.forward)
        self.width = width
        self.height = height
        self.half = math.tan(fov * math.pi / 360.0)

    def ray(self, x, y):
        aspect = self.width / self.height
        px = (2 * (x + 0.5) / self.width - 1) * self.half * aspect
        py = (1 - 2 * (y + 0.5) / self.height) * self.half
        d = self.forward + self.right * px + self.up * py
        return Ray(self.eye, d)


def build_scene():
    s = Scene()
    s.objects.append(Plane(Vector(0.0, 0.0, 0.0), UP, Checker(Color(0.9, 0.9, 0.9), 0.8, 0.2, 0.2)))
    s.objects.append(Sphere(Vector(0.0, 1.0, 0.0), 1.0, Surface(Color(0.9, 0.2, 0.2), 0.7, 0.5, 0.3)))
    s.objects.append(Sphere(Vector(-2.2, 0.7, 1.0), 0.7, Surface(Color(0.2, 0.9, 0.2), 0.9, 0.1, 0.0)))
    s.objects.append(Sphere(Vector(1.8, 0.5, 1.5), 0.5, Surface(Color(0.2, 0.3, 0.95), 0.6, 0.8, 0.5)))
    s.objects.append(Sphere(Vector(0.5, 2.6, -1.5), 0.6, Surface(Color(0.95, 0.85, 0.2), 0.8, 0.3, 0.1)))
    s.lights.append(Light(Vector(-4.0, 6.0, 5.0), Color(0.8, 0.8, 0.8)))
    s.lights.append(Light(Vector(5.0, 4.0, 3.0), Color(0.4, 0.35, 0.3)))
    return s


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    scene = build_scene()
    cam = Camera(Vector(0.5, 2.5, 7.0), Vector(0.0, 0.8, 0.0), 50.0, size, size)
    checksum = 0
    total = Color(0.0, 0.0, 0.0)
    for y in range(size):
        for x in range(size):
            c = scene.trace(cam.ray(x, y), 0).clamped()
            total = total + c
            pix = (int(c.r * 255 + 0.5), int(c.g * 255 + 0.5), int(c.b * 255 + 0.5))
            checksum = (checksum * 131 + pix[0] * 65536 + pix[1] * 256 + pix[2]) % 2147483647
    print("rays %d" % scene.rays_cast)
    print("mean colour %.4f %.4f %.4f" % (total.r / (size * size), total.g / (size * size), total.b / (size * size)))
    print("pixel checksum %d" % checksum)


main()
