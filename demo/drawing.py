"""The pieces the demo's pictures are drawn from: sky, sea, buildings, trees, people, lamps and
benches, in flat colours like an architect's quick rendering. Every piece takes a seeded
`random.Random`, so the same seed always draws the same picture."""

import io
from dataclasses import dataclass

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1200, 750

WALLS = [(236, 226, 208), (245, 241, 232), (222, 206, 184), (210, 220, 226), (240, 228, 214)]
CLOTHES = [(200, 70, 60), (40, 90, 160), (240, 180, 40), (60, 140, 90), (150, 80, 150)]
SKIN = [(236, 200, 170), (200, 150, 110), (150, 100, 70), (120, 80, 55)]
GLASS = (120, 165, 200)
LIT = (255, 214, 120)


@dataclass
class Canvas:
    image: Image.Image
    draw: ImageDraw.ImageDraw
    rng: object

    def encode(self):
        """The picture as a small WebP file."""
        buffer = io.BytesIO()
        self.image.save(buffer, "WEBP", quality=78, method=6)
        return buffer.getvalue()


def canvas(rng, width=WIDTH, height=HEIGHT, background=(255, 255, 255)):
    image = Image.new("RGB", (width, height), background)
    return Canvas(image, ImageDraw.Draw(image), rng)


def mix(a, b, t):
    return tuple(int(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def vary(colour, rng, amount=14):
    return tuple(max(0, min(255, c + rng.randint(-amount, amount))) for c in colour)


def sky(c, horizon, top=(110, 170, 230), bottom=(228, 240, 250)):
    for y in range(horizon):
        c.draw.line([(0, y), (c.image.width, y)], fill=mix(top, bottom, y / max(horizon, 1)))


def dusk_sky(c, horizon):
    sky(c, horizon, top=(40, 50, 110), bottom=(250, 160, 110))


def clouds(c, horizon, count=3, colour=(250, 252, 255)):
    for _ in range(count):
        x, y = c.rng.randint(0, c.image.width), c.rng.randint(20, max(40, horizon // 3))
        for dx in (-50, 0, 45):
            r = c.rng.randint(22, 36)
            c.draw.ellipse([x + dx - r * 2, y - r, x + dx + r * 2, y + r], fill=colour)


def sea(c, top, bottom, left=0, right=None, evening=False):
    right = c.image.width if right is None else right
    deep, light = ((40, 70, 120), (230, 150, 120)) if evening else ((40, 120, 175), (110, 185, 215))
    for y in range(top, bottom):
        c.draw.line(
            [(left, y), (right, y)], fill=mix(light, deep, (y - top) / max(bottom - top, 1))
        )
    for _ in range(12):
        x, y = c.rng.randint(left, right), c.rng.randint(top + 2, bottom - 2)
        c.draw.line([(x, y), (x + c.rng.randint(8, 30), y)], fill=(235, 245, 250), width=1)


def sun(c, x, y, r=30, colour=(255, 236, 170)):
    c.draw.ellipse([x - r, y - r, x + r, y + r], fill=colour)


def windows(c, box, rows, cols, colour=GLASS, lit=0.0, frame=None):
    """A grid of windows inside `box` (left, top, right, bottom); `lit` of them lit."""
    left, top, right, bottom = box
    cell_w, cell_h = (right - left) / cols, (bottom - top) / rows
    for row in range(rows):
        for col in range(cols):
            x0, y0 = left + col * cell_w + cell_w * 0.2, top + row * cell_h + cell_h * 0.2
            x1, y1 = left + (col + 0.8) * cell_w, top + (row + 0.75) * cell_h
            fill = LIT if c.rng.random() < lit else colour
            c.draw.rectangle([x0, y0, x1, y1], fill=fill, outline=frame)


def building(c, left, base, width, height, colour=None, floors=None, lit=0.0, roof=None):
    """A flat-roofed block standing on `base`, with a window grid; returns its box."""
    colour = colour or vary(c.rng.choice(WALLS), c.rng)
    top = base - height
    c.draw.rectangle(
        [left, top, left + width, base], fill=colour, outline=mix(colour, (0,) * 3, 0.35)
    )
    if roof:
        c.draw.rectangle([left - 6, top - 10, left + width + 6, top], fill=roof)
    floors = floors or max(1, height // 60)
    columns = max(1, width // 55)
    windows(c, (left + 8, top + 10, left + width - 8, base - 20), floors, columns, lit=lit)
    return left, top, left + width, base


def tree(c, x, base, size=1.0, colour=None):
    colour = colour or (c.rng.randint(50, 90), c.rng.randint(120, 160), c.rng.randint(55, 80))
    trunk = max(2, int(7 * size))
    c.draw.rectangle([x - trunk, base - 70 * size, x + trunk, base], fill=(105, 75, 45))
    r = int(c.rng.randint(40, 55) * size)
    c.draw.ellipse(
        [x - r, base - 70 * size - 1.6 * r, x + r, base - 70 * size + 0.4 * r], fill=colour
    )
    shade = mix(colour, (255, 255, 255), 0.25)
    c.draw.ellipse(
        [x - r * 0.6, base - 70 * size - 1.4 * r, x, base - 70 * size - 0.6 * r], fill=shade
    )


def palm(c, x, base, size=1.0):
    height = 150 * size
    c.draw.line([(x, base), (x + 8 * size, base - height)], fill=(125, 95, 60), width=int(9 * size))
    top = (x + 8 * size, base - height)
    for dx, dy in ((-60, 20), (-40, -15), (0, -30), (40, -15), (60, 20), (-20, 35), (25, 35)):
        end = (top[0] + dx * size, top[1] + dy * size)
        c.draw.line([top, end], fill=(60, 130, 70), width=int(10 * size))


def person(c, x, base, height=70, clothes=None):
    """A standing figure, `height` pixels tall, feet on `base`."""
    rng = c.rng
    clothes = clothes or rng.choice(CLOTHES)
    head = height * 0.14
    c.draw.rectangle([x - height * 0.1, base - height * 0.45, x - 1, base], fill=(60, 60, 80))
    c.draw.rectangle([x + 1, base - height * 0.45, x + height * 0.1, base], fill=(60, 60, 80))
    c.draw.rounded_rectangle(
        [x - height * 0.15, base - height * 0.8, x + height * 0.15, base - height * 0.42],
        radius=int(height * 0.06),
        fill=clothes,
    )
    c.draw.ellipse(
        [x - head, base - height * 0.8 - 2 * head, x + head, base - height * 0.8],
        fill=rng.choice(SKIN),
    )


def people(c, left, right, base, count, height=70, spread=0):
    for _ in range(count):
        person(c, c.rng.randint(left, right), base + c.rng.randint(0, spread), height)


def lamp(c, x, base, height=160, lit=False):
    """A street lamp `height` pixels tall; lit, with its glow and the pool of light below."""
    s = height / 160
    arm = (x + 28 * s, base - height)
    if lit:
        c.draw.ellipse([x - 50 * s, base - 10 * s, x + 90 * s, base + 10 * s], fill=(150, 130, 95))
    c.draw.line([(x, base), (x, base - height)], fill=(70, 75, 80), width=max(2, int(5 * s)))
    c.draw.line([(x, base - height), arm], fill=(70, 75, 80), width=max(2, int(5 * s)))
    if lit:
        glow = 16 * s
        c.draw.ellipse(
            [arm[0] - glow, arm[1] - glow / 2, arm[0] + glow, arm[1] + glow * 1.5], fill=LIT
        )
    else:
        c.draw.rectangle(
            [arm[0] - 10 * s, arm[1], arm[0] + 10 * s, arm[1] + 8 * s], fill=(220, 220, 210)
        )


def bench(c, x, base, width=80):
    c.draw.rectangle([x, base - 22, x + width, base - 16], fill=(150, 100, 60))
    c.draw.rectangle([x, base - 38, x + width, base - 32], fill=(150, 100, 60))
    for leg in (x + 6, x + width - 10):
        c.draw.rectangle([leg, base - 16, leg + 4, base], fill=(60, 60, 60))


def ramp(c, left, base, width, rise):
    """An accessible ramp along a facade, with its railing."""
    c.draw.polygon(
        [(left, base), (left + width, base - rise), (left + width, base)], fill=(200, 195, 185)
    )
    c.draw.line([(left, base - 40), (left + width, base - rise - 40)], fill=(90, 90, 95), width=4)
    for step in range(0, width + 1, max(20, width // 5)):
        y = base - rise * step / width
        c.draw.line([(left + step, y), (left + step, y - 40)], fill=(90, 90, 95), width=3)


def flags(c, left, right, y, count=9):
    """A string of small triangular flags, as at a festival."""
    c.draw.line([(left, y), (right, y)], fill=(80, 80, 80), width=2)
    step = (right - left) / count
    for n in range(count):
        x = left + n * step
        c.draw.polygon(
            [(x + 4, y), (x + step - 4, y), (x + step / 2, y + 26)], fill=c.rng.choice(CLOTHES)
        )
