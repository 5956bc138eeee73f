<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Care</name>
    <message>
        <source>No special care</source>
        <translation>无需特别关照</translation>
    </message>
    <message>
        <source>Loyal long-standing</source>
        <translation>忠诚的老客户</translation>
    </message>
    <message>
        <source>Profitable large customer</source>
        <translation>盈利的大客户</translation>
    </message>
    <message>
        <source>Small with potential</source>
        <translation>有发展潜力的小客户</translation>
    </message>
    <message>
        <source>Strategic new customer</source>
        <translation>有战略意义的新客户</translation>
    </message>
</context>
<context>
    <name>Cause</name>
    <message>
        <source>Product quality</source>
        <translation>产品质量</translation>
    </message>
    <message>
        <source>Staff attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Slow handling / passing the buck</source>
        <translation>处理拖延 / 推诿</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>等候时间过长</translation>
    </message>
    <message>
        <source>Billing or pricing error</source>
        <translation>收费或价格错误</translation>
    </message>
    <message>
        <source>Broken promise</source>
        <translation>承诺未兑现</translation>
    </message>
    <message>
        <source>Detail overlooked</source>
        <translation>细节疏忽</translation>
    </message>
    <message>
        <source>Poor communication</source>
        <translation>沟通不畅</translation>
    </message>
    <message>
        <source>Delivery or stock</source>
        <translation>送货或缺货</translation>
    </message>
    <message>
        <source>Policy (returns, warranty)</source>
        <translation>政策（退换货、保修）</translation>
    </message>
    <message>
        <source>Misunderstanding</source>
        <translation>误会</translation>
    </message>
    <message>
        <source>Unequal treatment</source>
        <translation>待遇不公</translation>
    </message>
    <message>
        <source>Staff turnover</source>
        <translation>员工流动</translation>
    </message>
    <message>
        <source>Competitor lure</source>
        <translation>竞争对手吸引</translation>
    </message>
    <message>
        <source>Customer&apos;s own mistake</source>
        <translation>客户自身失误</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>In person</source>
        <translation>到店当面</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Online / social media</source>
        <translation>网上 / 社交媒体</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
</context>
<context>
    <name>Expectation</name>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>道歉</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解释说明</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Feeling</name>
    <message>
        <source>Calm</source>
        <translation>平静</translation>
    </message>
    <message>
        <source>Disappointed</source>
        <translation>失望</translation>
    </message>
    <message>
        <source>Upset</source>
        <translation>不满</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>愤怒</translation>
    </message>
</context>
<context>
    <name>FollowUpMethod</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>简体中文</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>LetterKind</name>
    <message>
        <source>Acknowledgement and apology</source>
        <translation>受理与致歉信</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果信</translation>
    </message>
    <message>
        <source>Follow-up and thanks</source>
        <translation>回访与致谢信</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Amends</source>
        <translation>Amends 客诉挽回</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) in the archive</source>
        <translation>
            <numerusform>档案中共有 %n 条投诉</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryStep</name>
    <message>
        <source>Apology</source>
        <translation>道歉</translation>
    </message>
    <message>
        <source>Urgent fix</source>
        <translation>紧急复原</translation>
    </message>
    <message>
        <source>Empathy</source>
        <translation>体谅感受</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟踪回访</translation>
    </message>
</context>
<context>
    <name>RemedyKind</name>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Correction (bill, order)</source>
        <translation>更正（账单、订单）</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>代金券</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>赠品</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Apology only</source>
        <translation>仅道歉</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解释说明</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Segment</name>
    <message>
        <source>Key customer</source>
        <translation>主力客户</translation>
    </message>
    <message>
        <source>Regular customer</source>
        <translation>一般客户</translation>
    </message>
    <message>
        <source>Occasional customer</source>
        <translation>零散客户</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Low</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>High</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>特别严重</translation>
    </message>
</context>
<context>
    <name>Spread</name>
    <message>
        <source>This customer only</source>
        <translation>仅此一位客户</translation>
    </message>
    <message>
        <source>Several customers</source>
        <translation>多位客户</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Received</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Remedy agreed</source>
        <translation>已商定补救</translation>
    </message>
    <message>
        <source>Remedy carried out</source>
        <translation>已实施补救</translation>
    </message>
    <message>
        <source>Following up</source>
        <translation>跟踪回访中</translation>
    </message>
    <message>
        <source>Closed: recovered</source>
        <translation>已结案：已挽回</translation>
    </message>
    <message>
        <source>Closed: not recovered</source>
        <translation>已结案：未挽回</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation>太长了：最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Contains invisible control characters.</source>
        <translation>含有不可见的控制字符。</translation>
    </message>
    <message>
        <source>Not a phone number: use digits, spaces, + - ( ) and an extension.</source>
        <translation>不是电话号码：请只用数字、空格、+ - ( ) 和分机号。</translation>
    </message>
    <message>
        <source>Not an e-mail address (name@example.com).</source>
        <translation>不是电子邮件地址（格式如 name@example.com）。</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>这个日期还没到。</translation>
    </message>
    <message>
        <source>This date is too long ago.</source>
        <translation>这个日期太久远了。</translation>
    </message>
    <message>
        <source>Please choose one.</source>
        <translation>请选择一项。</translation>
    </message>
</context>
</TS>
