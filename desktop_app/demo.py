"""A believable demo shop: staff, customers and a year of complaints, in Chinese and English."""

from __future__ import annotations

import random
from datetime import timedelta

from desktop_app.archive import Archive
from desktop_app.domain.model import (
    Cause,
    Channel,
    Expectation,
    Feeling,
    Language,
    Severity,
    ShopProfile,
)
from desktop_app.domain.validate import ComplaintInput, CustomerInput

STAFF = ["李娜", "王强", "Emma Clarke", "陈晓东"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "霞"]
ENGLISH = ["Olivia Brown", "James Wilson", "Sophie Taylor", "Daniel Evans", "Grace Hughes",
           "Liam Walker", "Chloe Wright", "Noah Robinson", "Amelia Hall", "Jack Turner"]
PRODUCTS = ["手冲咖啡", "芝士蛋糕", "生日蛋糕定制", "外卖套餐", "会员卡充值", "Flat white",
            "Croissant box", "Catering order", "早餐套餐", "礼品卡"]
STORIES = [
    (Cause.PRODUCT_QUALITY, "蛋糕奶油有酸味，孩子吃了一口就不肯再吃。", "The cake tasted sour and had to be thrown away."),
    (Cause.WAITING, "排队等了二十五分钟咖啡才做好，上班迟到了。", "Waited 25 minutes for a coffee and was late for work."),
    (Cause.BILLING, "会员价没有算上，多收了18元。", "Charged full price although I showed my member card."),
    (Cause.STAFF_ATTITUDE, "店员态度冷淡，问了两次都没人理。", "Staff ignored me twice when I asked for help."),
    (Cause.DELIVERY_STOCK, "外卖送达时已经凉了，还少了一份薯条。", "Delivery arrived cold and one item was missing."),
    (Cause.BROKEN_PROMISE, "说好周五交付的定制蛋糕，周六才做好。", "The custom cake promised for Friday was ready on Saturday."),
    (Cause.COMMUNICATION, "订单取消了却没有人通知我，白跑一趟。", "Nobody told me my order was cancelled; I came for nothing."),
    (Cause.DETAIL, "蛋糕上的名字写错了。", "The name on the birthday cake was misspelt."),
    (Cause.POLICY, "礼品卡过期一天就不能用了，不合理。", "Gift card refused one day after expiry."),
    (Cause.MISUNDERSTANDING, "以为套餐含饮料，结果另外收费。", "Thought the meal deal included a drink."),
]


def fill_demo_shop(archive: Archive, seed: int = 2026, customers: int = 300,
                   complaints: int = 1500) -> str:
    """Write the demo shop in one transaction; returns a one-line summary."""
    rng = random.Random(seed)
    now = archive.now()
    with archive.transaction():
        archive.save_shop(ShopProfile(
            name="晨光咖啡烘焙 Morning Light Café", address="上海市徐汇区漕溪北路 88 号\n200030",
            phone="021-6468 8000", email="hello@morninglight.example"))
        staff = [archive.add_staff(name) for name in STAFF]
        people = [_customer(rng, i) for i in range(customers)]
        customer_ids = [archive.add_customer(p).id for p in people]
        for _ in range(complaints):
            cause, zh, en = rng.choice(STORIES)
            customer_id = rng.choice(customer_ids)
            english = people[customer_ids.index(customer_id)].language is Language.EN
            archive.record_complaint(customer_id, ComplaintInput(
                received_at=now - timedelta(minutes=rng.randint(10, 365 * 24 * 60)),
                channel=rng.choice(list(Channel)),
                description=en if english else zh,
                feeling=rng.choice(list(Feeling)),
                expectation=rng.choice(list(Expectation)),
                severity=rng.choices(list(Severity), weights=[4, 5, 2, 1])[0],
                received_by=rng.choice(staff).id,
                product=rng.choice(PRODUCTS),
                order_no=f"NO.{rng.randint(10000, 99999)}",
                cause=cause if rng.random() < 0.9 else None,
            ), staff_id=None)
    return f"{len(staff)} staff, {customers} customers, {complaints} complaints"


def _customer(rng: random.Random, index: int) -> CustomerInput:
    english = rng.random() < 0.2
    name = rng.choice(ENGLISH) if english else rng.choice(SURNAMES) + rng.choice(GIVEN)
    return CustomerInput(
        name=name,
        phone=f"1{rng.choice('3589')}{rng.randint(0, 9)} {rng.randint(1000, 9999)} {index:04d}",
        email=f"customer{index}@example.com" if rng.random() < 0.5 else "",
        address="",
        language=Language.EN if english else Language.ZH_CN,
        consent=rng.random() < 0.7,
    )
