"""The institutions' pictures, one drawing per type of institution, varied by a seed of each
institution (its wall colours, windows, trees and people): a community center, a youth club, a
country club's pool, a sports hall, a culture house and a Beit Am evening inside."""

import random

from . import drawing as d

BASE = 540


def _street(c, base=BASE):
    d.sky(c, base)
    d.clouds(c, base, c.rng.randint(1, 3))
    c.draw.rectangle([0, base, d.WIDTH, d.HEIGHT], fill=d.vary((218, 208, 190), c.rng, 8))
    c.draw.rectangle([0, d.HEIGHT - 50, d.WIDTH, d.HEIGHT], fill=(120, 122, 128))


def community_center(seed):
    """A two-storey community center with a canopy over the entrance, a notice board,
    banners, trees and residents arriving."""
    c = d.canvas(random.Random(seed))
    _street(c)
    wall = d.vary(c.rng.choice(d.WALLS), c.rng)
    d.building(c, 140, BASE, 920, 300, colour=wall, floors=3, roof=(150, 140, 130))
    accent = c.rng.choice(d.CLOTHES)
    c.draw.rectangle([500, BASE - 150, 700, BASE], fill=(90, 130, 160), outline=(60,) * 3, width=3)
    c.draw.polygon(
        [(470, BASE - 150), (730, BASE - 150), (700, BASE - 185), (500, BASE - 185)], fill=accent
    )
    c.draw.rectangle(
        [780, BASE - 130, 900, BASE - 50], fill=(250, 245, 230), outline=(110,) * 3, width=3
    )
    for n in range(4):
        y = BASE - 120 + n * 18
        c.draw.rectangle(
            [790, y, 790 + c.rng.randint(50, 100), y + 10], fill=c.rng.choice(d.CLOTHES)
        )
    for x in (200, 330, 880, 1000):
        c.draw.rectangle([x, BASE - 280, x + 40, BASE - 180], fill=c.rng.choice(d.CLOTHES))
    d.tree(c, 70, BASE + 30, 1.5)
    d.tree(c, 1140, BASE + 20, 1.4)
    d.people(c, 380, 820, BASE + 60, c.rng.randint(5, 8), height=90, spread=60)
    return c.encode()


def youth_club(seed):
    """A low youth club building with a bright mural, bicycles outside, a basketball hoop and
    teenagers hanging out."""
    c = d.canvas(random.Random(seed))
    _street(c)
    wall = d.vary((235, 235, 232), c.rng, 10)
    c.draw.rectangle([120, BASE - 210, 900, BASE], fill=wall, outline=(120,) * 3, width=3)
    for _ in range(9):
        x, y = c.rng.randint(140, 760), c.rng.randint(BASE - 190, BASE - 60)
        w, h = c.rng.randint(60, 150), c.rng.randint(30, 80)
        c.draw.rounded_rectangle([x, y, x + w, y + h], radius=h // 2, fill=c.rng.choice(d.CLOTHES))
    c.draw.rectangle([780, BASE - 150, 870, BASE], fill=(70, 80, 90))
    d.windows(c, (140, BASE - 200, 520, BASE - 120), 1, 3)
    c.draw.line([(1030, BASE + 40), (1030, BASE - 220)], fill=(80, 80, 80), width=8)
    c.draw.rectangle(
        [990, BASE - 260, 1080, BASE - 200], fill=(250,) * 3, outline=(60,) * 3, width=3
    )
    c.draw.ellipse([1010, BASE - 205, 1050, BASE - 190], outline=(230, 110, 40), width=4)
    for x in range(150, 420, 70):
        y = BASE + 40
        c.draw.ellipse([x, y - 30, x + 30, y], outline=(40, 40, 40), width=4)
        c.draw.ellipse([x + 40, y - 30, x + 70, y], outline=(40, 40, 40), width=4)
        c.draw.line(
            [(x + 15, y - 15), (x + 35, y - 35), (x + 55, y - 15)],
            fill=c.rng.choice(d.CLOTHES),
            width=4,
        )
    d.people(c, 480, 980, BASE + 80, c.rng.randint(4, 6), height=95, spread=40)
    return c.encode()


def country_club(seed):
    """An indoor pool seen from its deck: lanes with ropes, a swimmer or two, loungers and the
    hall's big windows."""
    c = d.canvas(random.Random(seed), background=d.vary((236, 232, 222), random.Random(seed), 8))
    rng = c.rng
    c.draw.rectangle([0, 0, d.WIDTH, 300], fill=(225, 225, 220))
    d.windows(c, (20, 20, d.WIDTH - 20, 280), 1, rng.randint(5, 7), colour=(160, 205, 235))
    c.draw.polygon([(60, 700), (1140, 700), (980, 340), (220, 340)], fill=(70, 160, 210))
    lanes = rng.randint(5, 7)
    for n in range(1, lanes):
        t = n / lanes
        bottom, top = 60 + 1080 * t, 220 + 760 * t
        c.draw.line([(bottom, 700), (top, 340)], fill=d.vary((240, 200, 60), rng, 30), width=4)
    for _ in range(rng.randint(2, 4)):
        lane = rng.randint(0, lanes - 1)
        y = rng.randint(380, 660)
        t = (lane + 0.5) / lanes
        x = 60 + 1080 * t + ((220 + 760 * t) - (60 + 1080 * t)) * (700 - y) / 360
        c.draw.ellipse([x - 12, y - 10, x + 12, y + 12], fill=rng.choice(d.SKIN))
        c.draw.line([(x - 30, y + 6), (x + 30, y + 6)], fill=(230, 245, 250), width=4)
    for x in (30, 1100):
        for y in (380, 520):
            c.draw.rectangle([x, y, x + 70, y + 40], fill=rng.choice(d.CLOTHES))
    c.draw.rectangle([0, 700, d.WIDTH, d.HEIGHT], fill=(205, 200, 190))
    return c.encode()


def sports_hall(seed):
    """A sports hall with a curved roof, a running track and a pitch in front of it."""
    c = d.canvas(random.Random(seed))
    base = 420
    d.sky(c, base)
    d.clouds(c, base, 2)
    c.draw.rectangle([0, base, d.WIDTH, d.HEIGHT], fill=(140, 185, 110))
    wall = d.vary((215, 220, 225), c.rng)
    c.draw.rectangle([200, base - 170, 1000, base], fill=wall, outline=(110,) * 3, width=3)
    c.draw.chord([200, base - 300, 1000, base - 40], 180, 360, fill=d.vary((150, 160, 175), c.rng))
    d.windows(c, (220, base - 160, 980, base - 80), 1, 10)
    c.draw.rectangle([560, base - 80, 640, base], fill=(80, 90, 100))
    c.draw.ellipse([-100, base + 40, 1300, 900], fill=(200, 95, 70))
    c.draw.ellipse([0, base + 90, 1200, 860], fill=(120, 175, 95))
    for n in range(1, 4):
        c.draw.ellipse(
            [-100 + 25 * n, base + 40 + 12 * n, 1300 - 25 * n, 900 - 12 * n],
            outline=(250,) * 3,
            width=2,
        )
    c.draw.rectangle([300, base + 140, 900, d.HEIGHT], outline=(250,) * 3, width=4)
    c.draw.line([(600, base + 140), (600, d.HEIGHT)], fill=(250,) * 3, width=4)
    for _ in range(c.rng.randint(3, 5)):
        x = c.rng.randint(40, 1160)
        d.person(c, x, base + 75 + c.rng.randint(0, 30), 80)
    d.people(c, 330, 880, base + 200, c.rng.randint(4, 6), height=85, spread=100)
    return c.encode()


def culture_house(seed):
    """A culture house with arched windows, posters for its shows, and a street performance
    on the pavement in front."""
    c = d.canvas(random.Random(seed))
    _street(c)
    wall = d.vary((226, 200, 160), c.rng)
    c.draw.rectangle([150, BASE - 330, 1050, BASE], fill=wall, outline=(130,) * 3, width=3)
    c.draw.rectangle([130, BASE - 350, 1070, BASE - 330], fill=d.vary((180, 150, 120), c.rng))
    for row, height in ((0, 120), (1, 150)):
        top = BASE - 310 + row * 150
        for x in range(200, 1000, 140):
            if row == 1 and 480 < x < 700:
                continue
            c.draw.rectangle([x, top + 40, x + 80, top + height - 10], fill=d.GLASS)
            c.draw.pieslice([x, top, x + 80, top + 80], 180, 360, fill=d.GLASS)
    c.draw.rectangle([530, BASE - 150, 670, BASE], fill=(110, 70, 50))
    c.draw.pieslice([530, BASE - 220, 670, BASE - 80], 180, 360, fill=(110, 70, 50))
    for x in (410, 710):
        c.draw.rectangle(
            [x, BASE - 140, x + 70, BASE - 40], fill=c.rng.choice(d.CLOTHES), outline=(60,) * 3
        )
        c.draw.ellipse([x + 20, BASE - 120, x + 50, BASE - 90], fill=(250, 240, 220))
    c.draw.ellipse([800, BASE + 70, 960, BASE + 110], fill=(200, 180, 150))
    d.person(c, 880, BASE + 90, 110, clothes=(220, 60, 120))
    d.people(c, 620, 1150, BASE + 140, c.rng.randint(4, 6), height=90, spread=30)
    d.palm(c, 80, BASE + 40, 1.3)
    return c.encode()


def beit_am(seed):
    """A Beit Am evening inside the community center: residents on rows of chairs facing a
    small stage with a speaker, warm lamps overhead."""
    c = d.canvas(random.Random(seed), background=d.vary((238, 226, 205), random.Random(seed), 10))
    c.draw.rectangle([0, 470, d.WIDTH, d.HEIGHT], fill=(170, 130, 95))
    c.draw.rectangle([380, 330, 820, 470], fill=(140, 100, 70))
    c.draw.rectangle([360, 80, 840, 330], fill=d.vary((150, 40, 50), c.rng, 20))
    c.draw.rectangle([430, 120, 770, 300], fill=(250, 248, 240))
    d.person(c, 600, 470, 150, clothes=c.rng.choice(d.CLOTHES))
    c.draw.rectangle([640, 400, 680, 470], fill=(110, 80, 55))
    for x in (150, 1050):
        c.draw.line([(x, 0), (x, 60)], fill=(80, 80, 80), width=3)
        c.draw.ellipse([x - 30, 60, x + 30, 100], fill=d.LIT)
    for row in range(3):
        y = 560 + row * 70
        for x in range(80 + row * 20, 1150, 120):
            if 540 < x < 660:
                continue
            c.draw.rectangle([x, y - 10, x + 70, y + 30], fill=(60, 60, 70))
            if c.rng.random() < 0.8:
                d.person(c, x + 35, y + 10, 90 + row * 10)
    return c.encode()


SCENES = {
    "community_center": community_center,
    "youth_club": youth_club,
    "country_club": country_club,
    "sport": sports_hall,
    "culture": culture_house,
    "beit_am": beit_am,
}
