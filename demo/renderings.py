"""The projects' renderings, one drawing per scene named in `demo/data/projects.json`: a street
towards the sea by day and by evening, a community center's new hall, a park seen from above and
at eye level. Each is seeded, so loading the demo again draws the same picture."""

import random

from . import drawing as d

VANISH_X, HORIZON = 600, 330


def _at(x_near, t):
    """A point of the street's ground seen in one-point perspective: `x_near` on the picture's
    bottom edge, `t` of the way (0 near, 1 on the horizon) towards the vanishing point."""
    return x_near + (VANISH_X - x_near) * t, d.HEIGHT + (HORIZON - d.HEIGHT) * t


def _ground_strip(c, x0, x1, t_end, colour):
    c.draw.polygon([_at(x0, 0), _at(x1, 0), _at(x1, t_end), _at(x0, t_end)], fill=colour)


def _facades(c, x_near, height, t_end, lit):
    """A row of building fronts along one side of the street, receding to the end of it."""
    t = 0.0
    while t < t_end - 0.02:
        t_next = min(t_end, t + c.rng.uniform(0.12, 0.24))
        h = height * c.rng.uniform(0.75, 1.1)
        (xa, ya), (xb, yb) = _at(x_near, t), _at(x_near, t_next)
        top_a, top_b = ya - h * (1 - t), yb - h * (1 - t_next)
        wall = d.vary(c.rng.choice(d.WALLS), c.rng)
        c.draw.polygon(
            [(xa, ya), (xa, top_a), (xb, top_b), (xb, yb)], fill=wall, outline=(130,) * 3
        )
        for row in range(1, 4):
            for col in range(3):
                u0, u1 = t + (t_next - t) * (col + 0.25) / 3, t + (t_next - t) * (col + 0.7) / 3
                (x0, y0), (x1, y1) = _at(x_near, u0), _at(x_near, u1)
                f0, f1 = (row - 0.1) / 4, (row + 0.45) / 4
                quad = [
                    (x0, y0 - h * (1 - u0) * f0),
                    (x0, y0 - h * (1 - u0) * f1),
                    (x1, y1 - h * (1 - u1) * f1),
                    (x1, y1 - h * (1 - u1) * f0),
                ]
                c.draw.polygon(quad, fill=d.LIT if c.rng.random() < lit else d.GLASS)
        t = t_next


def street_to_sea(seed, evening=False):
    """Yehuda HaYamit street after the works, looking west to the sea: wide stone pavements,
    a cycle lane, a row of new trees and new street lamps."""
    c = d.canvas(random.Random(seed))
    t_end = 0.86
    (d.dusk_sky if evening else d.sky)(c, HORIZON)
    if not evening:
        d.clouds(c, HORIZON, 3)
    end_y = _at(0, t_end)[1]
    d.sea(c, HORIZON, int(end_y) + 2, evening=evening)
    d.sun(
        c,
        VANISH_X + 120,
        HORIZON - (15 if evening else 180),
        colour=(255, 190, 120) if evening else (255, 240, 190),
    )
    ground = (70, 70, 85) if evening else (120, 122, 128)
    _ground_strip(c, -900, 2100, t_end, ground)
    pavement = (170, 160, 145) if evening else (222, 212, 190)
    _ground_strip(c, -900, 220, t_end, pavement)
    _ground_strip(c, 960, 2100, t_end, pavement)
    _ground_strip(c, 220, 360, t_end, (150, 70, 60) if evening else (196, 92, 74))
    for n in range(12):
        t0 = n / 12 * t_end
        _ground_strip_dash(c, 600, t0, t0 + 0.03)
    _ground_strip(c, 955, 975, t_end, (235, 235, 230))
    lit = 0.6 if evening else 0.0
    _facades(c, -900, 760, t_end, lit)
    _facades(c, 2100, 720, t_end, lit)
    for n in range(8, -1, -1):
        t = 0.04 + n * 0.095
        s = 1 - t
        d.tree(c, *_at(90, t), size=1.5 * s)
        d.tree(c, *_at(1120, t), size=1.5 * s)
        x, y = _at(370, t + 0.04)
        d.lamp(c, x, y, height=260 * (1 - t - 0.04), lit=evening)
    for _ in range(5):
        t = c.rng.uniform(0.05, 0.6)
        x, y = _at(c.rng.choice([c.rng.randint(-300, 200), c.rng.randint(980, 1500)]), t)
        d.person(c, x, y, height=150 * (1 - t))
    return c.encode()


def _ground_strip_dash(c, x, t0, t1):
    c.draw.polygon(
        [_at(x - 6, t0), _at(x + 6, t0), _at(x + 6, t1), _at(x - 6, t1)], fill=(240,) * 3
    )


def community_hall(seed):
    """The community center seen from the street: the existing building, the new multi-purpose
    hall with its glass front and wooden shading, a ramp to the entrance and the courtyard."""
    c = d.canvas(random.Random(seed))
    base = 560
    d.sky(c, base)
    d.clouds(c, base, 2)
    c.draw.rectangle([0, base, d.WIDTH, d.HEIGHT], fill=(214, 204, 186))
    c.draw.rectangle([0, d.HEIGHT - 60, d.WIDTH, d.HEIGHT], fill=(120, 122, 128))
    d.tree(c, 60, base, 1.6)
    d.building(c, 90, base, 420, 250, floors=3, roof=(160, 150, 140))
    hall = (510, base - 230, 1090, base)
    c.draw.rectangle(hall, fill=(150, 190, 215), outline=(90, 100, 110), width=3)
    for x in range(hall[0] + 20, hall[2], 34):
        c.draw.line([(x, hall[1]), (x, hall[3] - 120)], fill=(170, 120, 75), width=9)
    c.draw.rectangle([hall[0] - 20, hall[1] - 24, hall[2] + 30, hall[1]], fill=(235, 235, 230))
    c.draw.rectangle(
        [740, base - 110, 860, base], fill=(90, 130, 160), outline=(60, 60, 60), width=3
    )
    d.ramp(c, 520, base, 220, 18)
    d.flags(c, 520, 1080, hall[1] + 20, 14)
    for x in (180, 330, 980):
        d.bench(c, x, base + 80, 90)
    d.tree(c, 1150, base + 40, 1.4)
    d.tree(c, 420, base + 110, 1.2)
    d.people(c, 150, 1100, base + 70, 9, height=85, spread=70)
    return c.encode()


def _path(c, points, width, colour):
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        c.draw.line([(x0, y0), (x1, y1)], fill=colour, width=width)
        c.draw.ellipse(
            [x1 - width / 2, y1 - width / 2, x1 + width / 2, y1 + width / 2], fill=colour
        )


def park_plan(seed):
    """The park from above: lawns, winding shaded paths, two playgrounds, a basketball court,
    and the street along one side."""
    c = d.canvas(random.Random(seed), background=(150, 196, 120))
    c.draw.rectangle([0, 660, d.WIDTH, d.HEIGHT], fill=(110, 112, 118))
    c.draw.rectangle([0, 640, d.WIDTH, 660], fill=(215, 208, 192))
    for x in range(20, d.WIDTH, 90):
        c.draw.rectangle([x, 702, x + 45, 708], fill=(240,) * 3)
    path = (226, 212, 178)
    _path(c, [(0, 380), (200, 330), (420, 400), (640, 330), (860, 380), (1200, 300)], 26, path)
    _path(c, [(560, 640), (600, 500), (640, 330), (620, 160), (700, 0)], 22, path)
    court = (800, 440, 1080, 600)
    c.draw.rectangle(court, fill=(210, 110, 70), outline=(255,) * 3, width=4)
    mid = (court[0] + court[2]) // 2
    c.draw.line([(mid, court[1]), (mid, court[3])], fill=(255,) * 3, width=3)
    c.draw.ellipse([mid - 35, 485, mid + 35, 555], outline=(255,) * 3, width=3)
    for box, equipment in (((120, 430, 380, 600), 5), ((760, 90, 980, 250), 4)):
        c.draw.rounded_rectangle(
            box, radius=40, fill=(236, 214, 160), outline=(190, 170, 120), width=3
        )
        for _ in range(equipment):
            x, y = c.rng.randint(box[0] + 30, box[2] - 60), c.rng.randint(box[1] + 30, box[3] - 50)
            colour = c.rng.choice(d.CLOTHES)
            if c.rng.random() < 0.5:
                c.draw.ellipse([x, y, x + 40, y + 40], fill=colour)
            else:
                c.draw.rectangle([x, y, x + 60, y + 18], fill=colour)
        c.draw.polygon(
            [(box[0] + 10, box[1] + 10), (box[2] - 20, box[1] + 30), (box[0] + 60, box[3] - 20)],
            fill=(250, 250, 250, 120),
            outline=(200, 200, 200),
        )
    for _ in range(38):
        x, y = c.rng.randint(0, d.WIDTH), c.rng.randint(0, 620)
        if court[0] - 30 < x < court[2] + 30 and court[1] - 30 < y < court[3] + 30:
            continue
        r = c.rng.randint(22, 40)
        c.draw.ellipse([x - r + 8, y - r + 10, x + r + 8, y + r + 10], fill=(95, 140, 80))
        c.draw.ellipse([x - r, y - r, x + r, y + r], fill=(50, c.rng.randint(110, 140), 60))
    return c.encode()


def playground(seed):
    """The new playground at eye level: shade sails over a slide and swings, children playing,
    the basketball court and the trees of the park behind."""
    c = d.canvas(random.Random(seed))
    base = 470
    d.sky(c, base)
    d.clouds(c, base, 2)
    c.draw.rectangle([0, base, d.WIDTH, d.HEIGHT], fill=(140, 190, 110))
    c.draw.rectangle([760, base - 10, 1200, base + 60], fill=(210, 110, 70))
    c.draw.line([(1130, base + 20), (1130, base - 160)], fill=(80, 80, 80), width=6)
    c.draw.rectangle(
        [1095, base - 190, 1165, base - 150], fill=(250,) * 3, outline=(60,) * 3, width=3
    )
    for x in range(-20, d.WIDTH, 150):
        d.tree(c, x + c.rng.randint(0, 60), base, 1.1)
    c.draw.ellipse([60, 520, 800, 730], fill=(236, 214, 160))
    c.draw.polygon([(80, 300), (520, 250), (380, 360)], fill=(245, 245, 240), outline=(180,) * 3)
    c.draw.polygon([(420, 260), (780, 300), (560, 380)], fill=(250, 220, 160), outline=(180,) * 3)
    for x in (80, 520, 780):
        c.draw.line([(x, 250 if x == 520 else 300), (x, 640)], fill=(90, 90, 90), width=6)
    c.draw.rectangle([200, 500, 300, 520], fill=(40, 90, 160))
    c.draw.polygon([(300, 500), (320, 520), (460, 640), (430, 650)], fill=(240, 180, 40))
    c.draw.line([(220, 520), (220, 640)], fill=(40, 90, 160), width=6)
    c.draw.line([(560, 420), (740, 420)], fill=(80, 80, 80), width=8)
    for x in (580, 720):
        c.draw.line([(x, 420), (x, 650)], fill=(80, 80, 80), width=6)
    for x in (610, 680):
        c.draw.line([(x, 420), (x, 560)], fill=(60, 60, 60), width=2)
        c.draw.rectangle([x - 14, 560, x + 14, 568], fill=(200, 70, 60))
    d.people(c, 120, 760, 660, 6, height=60, spread=40)
    d.people(c, 820, 1150, 700, 2, height=95)
    d.bench(c, 880, 720, 110)
    return c.encode()


SCENES = {
    "street_to_sea": street_to_sea,
    "street_to_sea_evening": lambda seed: street_to_sea(seed, evening=True),
    "community_hall": community_hall,
    "park_plan": park_plan,
    "playground": playground,
}
