"""Words for the benchmark archive: names, products and complaint stories in Chinese and English.

Descriptions are built from a cause's opening sentence plus a few shared detail sentences, so their
lengths spread like real notes (a line at the counter to a long e-mail) and the search terms the
benchmarks use occur at realistic rates.
"""

from __future__ import annotations

from desktop_app.domain.model import Cause

STAFF = ["李娜", "王强", "Emma Clarke", "陈晓东", "赵敏", "刘洋", "Tom Baker", "孙丽"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛",
         "明", "超", "霞", "平", "刚", "桂英", "建华", "文", "华", "红", "玉兰", "志强", "海燕",
         "晓东"]
FIRST = ["Olivia", "James", "Sophie", "Daniel", "Grace", "Liam", "Chloe", "Noah", "Amelia", "Jack",
         "Emily", "Harry", "Isla", "George", "Mia", "Oscar", "Ava", "Leo", "Lily", "Ethan"]
LAST = ["Brown", "Wilson", "Taylor", "Evans", "Hughes", "Walker", "Wright", "Robinson", "Hall",
        "Turner", "Smith", "Jones", "Green", "Baker", "Clarke", "Wood", "Harris", "Lewis"]
PRODUCTS = ["手冲咖啡", "芝士蛋糕", "生日蛋糕定制", "外卖套餐", "会员卡充值", "拿铁", "抹茶千层",
            "早餐套餐", "礼品卡", "可颂", "提拉米苏", "企业团餐", "月饼礼盒", "Flat white",
            "Croissant box", "Catering order", "Sourdough loaf", "Wedding cake", "Gift card",
            "Cold brew", "Afternoon tea set"]

ZH_OPENINGS: dict[Cause, list[str]] = {
    Cause.PRODUCT_QUALITY: ["蛋糕奶油有酸味，孩子吃了一口就不肯再吃。", "面包里吃出了一根头发。",
                            "咖啡豆明显不新鲜，喝起来有一股陈味。"],
    Cause.STAFF_ATTITUDE: ["店员态度冷淡，问了两次都没人理。", "收银员说话很不耐烦，还翻白眼。"],
    Cause.SLOW_HANDLING: ["投诉了三次，每次都说要问店长，到现在没有结果。",
                          "打电话过去被转了四个人。"],
    Cause.WAITING: ["排队等了二十五分钟咖啡才做好，上班迟到了。",
                    "预约了下午三点取货，等到四点半。"],
    Cause.BILLING: ["会员价没有算上，多收了18元。", "同一笔订单被扣了两次款，要求退款。"],
    Cause.BROKEN_PROMISE: ["说好周五交付的定制蛋糕，周六才做好。", "承诺的赠品一直没有给。"],
    Cause.DETAIL: ["蛋糕上的名字写错了。", "打包时忘了放餐具和蜡烛。"],
    Cause.COMMUNICATION: ["订单取消了却没有人通知我，白跑一趟。", "电话里说有货，到店却说卖完了。"],
    Cause.DELIVERY_STOCK: ["外卖送达时已经凉了，还少了一份薯条。",
                           "配送晚了一个多小时，蛋糕也压坏了。"],
    Cause.POLICY: ["礼品卡过期一天就不能用了，不合理。", "买错口味想换，被告知一律不退不换。"],
    Cause.MISUNDERSTANDING: ["以为套餐含饮料，结果另外收费。", "以为会员积分可以抵现，结果不行。"],
    Cause.UNEQUAL_TREATMENT: ["后面来的熟客先拿到了咖啡，我却被晾在一边。"],
    Cause.STAFF_TURNOVER: ["原来的店员走了，新来的人完全不知道我订过什么。"],
    Cause.COMPETITOR: ["隔壁店同样的蛋糕便宜三十元，觉得被坑了。"],
    Cause.CUSTOMER_MISTAKE: ["自己填错了送货地址，但希望店里能帮忙重新配送。"],
    Cause.OTHER: ["店门口的台阶太滑，差点摔倒。"],
}
ZH_DETAILS = ["当时店里人很多，但也不能这样对待顾客。",
              "我是老顾客了，买了三年多，第一次遇到这种事。",
              "希望店里能给个说法，尽快处理。", "已经拍了照片，可以提供给你们看。",
              "孩子的生日聚会因此很尴尬，客人都看到了。", "要求退款或者重新做一个，并且道歉。",
              "之前也反映过类似的问题，一直没有改进。", "朋友推荐来的，结果很失望。",
              "订单号已经写在上面了，请尽快联系我。", "如果没有回复，我会在网上写评价。"]
EN_OPENINGS: dict[Cause, list[str]] = {
    Cause.PRODUCT_QUALITY: ["The cake tasted sour and had to be thrown away.",
                            "There was a hair baked into the sourdough loaf."],
    Cause.STAFF_ATTITUDE: ["Staff ignored me twice when I asked for help."],
    Cause.SLOW_HANDLING: [
        "I have complained three times and keep being told to wait for the manager."],
    Cause.WAITING: ["Waited 25 minutes for a coffee and was late for work."],
    Cause.BILLING: ["Charged full price although I showed my member card.",
                    "My card was charged twice for the same order and I want a refund."],
    Cause.BROKEN_PROMISE: ["The custom cake promised for Friday was ready on Saturday."],
    Cause.DETAIL: ["The name on the birthday cake was misspelt."],
    Cause.COMMUNICATION: ["Nobody told me my order was cancelled; I came for nothing."],
    Cause.DELIVERY_STOCK: ["Delivery arrived cold and one item was missing."],
    Cause.POLICY: ["Gift card refused one day after expiry."],
    Cause.MISUNDERSTANDING: ["Thought the meal deal included a drink."],
    Cause.UNEQUAL_TREATMENT: ["Regulars who came after me were served first."],
    Cause.STAFF_TURNOVER: ["The new staff had no record of my standing order."],
    Cause.COMPETITOR: ["The shop next door sells the same cake for much less."],
    Cause.CUSTOMER_MISTAKE: ["I gave the wrong delivery address but would like it re-sent."],
    Cause.OTHER: ["The step at the entrance is slippery and I nearly fell."],
}
EN_DETAILS = ["It was busy, but that is no way to treat a customer.",
              "I have been coming here for three years and this has never happened before.",
              "I would like an explanation and for this to be sorted quickly.",
              "I took photos and can send them if that helps.",
              "It was my daughter's party and all the guests saw it.",
              "I expect a refund or a replacement, and an apology.",
              "I mentioned a similar problem before and nothing changed.",
              "A friend recommended you and I am very disappointed.",
              "The order number is above; please call me back as soon as you can.",
              "If I do not hear back I will post a review online."]
ZH_ROOT_CAUSES = ["高峰时段只有一名咖啡师在岗。", "冷链箱温度计损坏，没有及时发现。",
                  "新员工没有接受会员价格培训。", "订单系统没有同步取消状态。"]
EN_ROOT_CAUSES = ["Only one barista on shift at peak time.",
                  "The delivery bag's thermometer was broken.",
                  "The new till had no member price list.", "Cancelled orders were not synced."]
ZH_IMPROVEMENTS = ["高峰时段增加一名员工。", "每周检查冷链设备。", "收银流程加入会员价核对。"]
EN_IMPROVEMENTS = ["Second barista at peak times.", "Weekly cold-chain checks.",
                   "Member price check added at the till."]
NOT_ACCEPTED_ZH = "可向消费者协会投诉，或凭小票到总店申请复核。"
NOT_ACCEPTED_EN = "You may contact the consumer association or ask head office for a review."
