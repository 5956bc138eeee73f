"""What the demo café's customers complain about, in Chinese and English, and how it was put right.

Data only: `demo.py` picks from these lists. Each story names its cause, the product, what the
customer expected, and the remedy the shop usually gave, with its money range in yuan.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.model import Cause, RemedyKind, Severity

C, R = Cause, RemedyKind


@dataclass(frozen=True)
class Story:
    cause: Cause
    product: str
    zh: str
    en: str
    remedy: RemedyKind
    amount: tuple[int, int] = (0, 0)  # yuan, inclusive range
    severity: Severity | None = None  # None: drawn at random


STORIES = [
    Story(C.PRODUCT_QUALITY, "芝士蛋糕", "芝士蛋糕的奶油有股酸味，孩子吃了一口就吐出来了。",
          "The cheesecake cream tasted sour; my son spat out the first bite.", R.REFUND, (38, 68),
          Severity.HIGH),
    Story(C.PRODUCT_QUALITY, "可颂", "早上买的可颂中间没烤熟，咬开还是面团。",
          "The croissant was raw dough in the middle.", R.EXCHANGE, (0, 0)),
    Story(C.PRODUCT_QUALITY, "手冲咖啡", "手冲咖啡有明显的焦苦味，和平时完全不一样。",
          "My pour-over tasted burnt, nothing like it usually does.", R.EXCHANGE, (0, 0)),
    Story(C.PRODUCT_QUALITY, "酸种面包", "买回家的面包第二天就发霉了，离保质期还有三天。",
          "The sourdough loaf was mouldy the next morning, three days before its date.",
          R.REFUND, (25, 32)),
    Story(C.WAITING, "拿铁", "排队等了二十五分钟咖啡才做好，上班迟到了。",
          "Waited 25 minutes for a latte and was late for work.", R.VOUCHER, (15, 20)),
    Story(C.WAITING, "早午餐套餐", "周末早午餐等位一个小时，入座后又等了四十分钟才上菜。",
          "Weekend brunch: an hour for a table, then forty minutes for the food.", R.DISCOUNT,
          (30, 60)),
    Story(C.WAITING, "外卖套餐", "外卖显示已出餐，骑手却在店门口又等了二十分钟。",
          "The app said my order was ready, but the rider waited 20 minutes at your door.",
          R.VOUCHER, (10, 20)),
    Story(C.BILLING, "会员卡", "出示了会员卡，会员价却没有算上，多收了18元。",
          "I showed my member card and was still charged full price: 18 yuan too much.",
          R.CORRECTION, (18, 18)),
    Story(C.BILLING, "蛋糕订单", "刷卡扣了两次款，小票却只有一张。",
          "My card was charged twice for one receipt.", R.REFUND, (45, 120), Severity.HIGH),
    Story(C.BILLING, "抹茶千层", "菜单上写的是32元，结账却收了38元。",
          "The menu said 32, the till charged 38.", R.CORRECTION, (6, 6)),
    Story(C.STAFF_ATTITUDE, "拿铁", "店员态度冷淡，问了两次都没人理。",
          "I asked twice for help and the staff just ignored me.", R.APOLOGY_ONLY),
    Story(C.STAFF_ATTITUDE, "提拉米苏", "收银员当着其他客人的面说我挑剔，让我很难堪。",
          "The cashier called me fussy in front of other customers. Embarrassing.", R.GIFT,
          (18, 28)),
    Story(C.STAFF_ATTITUDE, "冷萃咖啡", "问能不能少放糖，店员很不耐烦地说“做不了”。",
          "When I asked for less sugar I was told 'can't do that' in a rude tone.",
          R.APOLOGY_ONLY),
    Story(C.DELIVERY_STOCK, "外卖套餐", "外卖送到时已经凉了，还少了一份薯条。",
          "The delivery arrived cold and the fries were missing.", R.REFUND, (12, 35)),
    Story(C.DELIVERY_STOCK, "可颂礼盒", "提前一天预订的可颂礼盒，到店却说卖完了。",
          "I pre-ordered a croissant box yesterday; today I was told they were sold out.",
          R.VOUCHER, (30, 50)),
    Story(C.BROKEN_PROMISE, "生日蛋糕定制", "说好周五交付的生日蛋糕，周六才做好，派对已经结束了。",
          "The birthday cake promised for Friday was ready on Saturday, after the party.",
          R.REFUND, (168, 298), Severity.CRITICAL),
    Story(C.BROKEN_PROMISE, "集章卡", "集章卡写着满十杯送一杯，集满了却说活动已经结束。",
          "The stamp card says the 11th coffee is free; when mine was full the offer had ended.",
          R.CORRECTION, (28, 32)),
    Story(C.DETAIL, "生日蛋糕定制", "蛋糕上的名字写错了，“婷”写成了“亭”。",
          "The name on the birthday cake was misspelt: Katherine became Catherine.", R.DISCOUNT,
          (30, 60)),
    Story(C.DETAIL, "布朗尼", "我说过对坚果过敏，拿到的布朗尼里还是有核桃。",
          "I said I am allergic to nuts and the brownie still had walnuts in it.", R.REFUND,
          (22, 22), Severity.CRITICAL),
    Story(C.DETAIL, "外带热饮", "打包的热饮盖子没有盖紧，洒了一车。",
          "The lid of my takeaway cup was loose and coffee went all over my car.", R.VOUCHER,
          (30, 50)),
    Story(C.COMMUNICATION, "企业团餐", "订单被取消了却没有人通知我，白跑了一趟。",
          "Nobody told me my order had been cancelled; I came for nothing.", R.VOUCHER, (20, 40)),
    Story(C.COMMUNICATION, "无糖蛋糕", "电话里说可以做无糖款，取货时发现还是普通款。",
          "On the phone I was told the cake could be sugar-free; at pickup it was the normal one.",
          R.EXCHANGE, (0, 0), Severity.HIGH),
    Story(C.POLICY, "礼品卡", "礼品卡过期一天就不能用了，太不合理。",
          "My gift card was refused one day after it expired.", R.EXPLANATION),
    Story(C.POLICY, "生日蛋糕定制", "对蛋糕不满意想退，店里说定制蛋糕一律不退。",
          "I wanted to return a cake I did not like and was told custom cakes are never refunded.",
          R.EXPLANATION),
    Story(C.MISUNDERSTANDING, "午餐套餐", "以为套餐含饮料，结账时却另外收费。",
          "I thought the lunch deal included a drink, then was charged for it.", R.EXPLANATION),
    Story(C.MISUNDERSTANDING, "燕麦拿铁", "以为换燕麦奶是免费的，结账多了5元。",
          "I assumed the oat milk swap was free and was surprised by the extra 5 yuan.",
          R.EXPLANATION),
    Story(C.UNEQUAL_TREATMENT, "早餐套餐", "比我晚来的客人先拿到了餐，我等了很久也没人解释。",
          "People who came in after me were served first and nobody explained why.",
          R.APOLOGY_ONLY),
    Story(C.SLOW_HANDLING, "拿铁", "上周投诉咖啡机喷出牛奶弄脏了外套，到现在没人回复。",
          "Last week the machine sprayed milk on my coat; I complained and nobody has replied.",
          R.REFUND, (80, 150), Severity.HIGH),
    Story(C.SLOW_HANDLING, "生日蛋糕定制", "打了三次电话问蛋糕进度，每次都说“再问问”。",
          "I called three times about my cake and each time was told someone would call back.",
          R.DISCOUNT, (20, 40)),
    Story(C.STAFF_TURNOVER, "澳白", "新来的咖啡师不会做我常点的澳白，做出来完全不对。",
          "The new barista didn't know how to make my usual flat white; it was just wrong.",
          R.EXCHANGE),
    Story(C.CUSTOMER_MISTAKE, "蛋糕订单", "我自己把取货日期填成了明天，但希望今天能拿到。",
          "I booked the pickup for the wrong day myself, but hoped it could be ready today.",
          R.EXPLANATION),
    Story(C.COMPETITOR, "拿铁", "隔壁新开的店同样的拿铁便宜8块，感觉在这里买不值。",
          "The new café next door sells the same latte for 8 yuan less; I feel I'm overpaying.",
          R.EXPLANATION),
]

EXTRAS_ZH = ["这已经是这个月第二次了。", "我在你们店买了三年，第一次遇到这种事。",
             "希望你们重视一下。", "当时店里人很多。", "朋友也在场，很没面子。", "", "", ""]
EXTRAS_EN = ["This is the second time this month.", "I've been coming here for years.",
             "Please take this seriously.", "The shop was very busy at the time.",
             "I was with friends, which made it worse.", "", "", ""]

# What the shop found and changed for its most frequent causes: (root cause, improvement).
LESSONS = {
    C.PRODUCT_QUALITY: ("冷柜夜间温度偏高，奶油类甜品隔夜后变质。",
                        "加装温度记录仪；闭店前检查冷柜，奶油甜品当天售完。"),
    C.WAITING: ("早高峰只有一名咖啡师，外卖和堂食订单挤在一起。",
                "7:30–9:30 增加一名咖啡师，开通小程序预点单。"),
    C.BILLING: ("收银系统的会员价需要手动选择，忙时容易漏掉。",
                "收银系统改为扫会员码自动计价，每天对账。"),
    C.DELIVERY_STOCK: ("外卖打包没有使用保温袋，出餐前不核对小票。",
                       "热食一律使用保温袋，出餐前按小票逐项核对。"),
    C.BROKEN_PROMISE: ("定制蛋糕排期只记在纸本上，周末订单超出产能。",
                       "改用共享排期表，每天早会核对；每天定制订单设上限。"),
    C.DETAIL: ("过敏和写字要求只口头交代，没有写在订单上。",
               "订单单据新增“过敏/写字”栏，出餐前第二人复核。"),
}

REOPEN_REASONS = ["客户回电说代金券在收银台无法使用。", "更换的蛋糕还是同样的问题。",
                  "The customer called back: the refund never reached her card.",
                  "退款三天还没有到账，客户再次来电。"]
NOT_ACCEPTED_ZH = "已告知客户可拨打12315消费者热线，或书面向总店客服申诉。"
NOT_ACCEPTED_EN = ("Told the customer they can call the consumer hotline 12315 or write to our "
                   "head office.")
STILL_WRONG = ["代金券有效期太短。", "还是觉得等待时间太长。", "The replacement was not as good.",
               "希望店长能亲自道歉。"]
FOLLOW_UP_NOTES = ["客户表示下次还会来。", "已转告厨房。", "She was pleased we called back.",
                   "客户很满意处理速度。", "", ""]
URGENT_FIX_NOTES = ["当场重做了一份。", "Replaced on the spot.", "立即更正了账单。", ""]

# What the café changed because of its lessons (cause, owner's index in STAFF, status, days ago
# it was done or negative: due in that many days). Waiting did not get better; product quality did.
IMPROVEMENT_PLANS = [
    (C.PRODUCT_QUALITY, 0, "done", 150),
    (C.WAITING, 1, "done", 120),
    (C.DETAIL, 3, "done", 20),
    (C.BILLING, 3, "in_progress", -10),
    (C.DELIVERY_STOCK, 2, "planned", 14),
]
FEWER_AFTER_IMPROVEMENT = {C.PRODUCT_QUALITY: 0.6}  # share of its stories redrawn once done
# Causes drawn more often lately (days back, share of stories): a new delivery partner these
# three weeks; waiting, whose improvement did not help, a little more since it was done.
MORE_LATELY = {C.DELIVERY_STOCK: (21, 0.35), C.WAITING: (0, 0.05)}
DISMISSAL_REASON = "店长已亲自致电道歉，客户表示理解，下周再来。"
