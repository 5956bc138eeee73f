<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Yes</source>
        <translation type="vanished">是</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="vanished">否</translation>
    </message>
</context>
<context>
    <name>AfterSaveBar</name>
    <message>
        <source>Open &amp;case</source>
        <translation>打开案件(&amp;C)</translation>
    </message>
    <message>
        <source>Print &amp;job tag</source>
        <translation>打印维修标签(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Apology letter</source>
        <translation>致歉信(&amp;A)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The archive could not be opened, so Amends cannot start.</source>
        <translation type="vanished">无法打开档案，Amends 无法启动。</translation>
    </message>
</context>
<context>
    <name>Archives</name>
    <message>
        <source>Demo shop</source>
        <translation>演示店铺</translation>
    </message>
</context>
<context>
    <name>AttachmentsStrip</name>
    <message>
        <source>Drop photos, a scanned receipt or the customer&apos;s letter here (PNG, JPEG, GIF, WebP, PDF; up to 10 MB).</source>
        <translation>把照片、扫描的小票或客户来信拖到这里（PNG、JPEG、GIF、WebP、PDF；最大 10 MB）。</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Pictures and PDF (*.png *.jpg *.jpeg *.gif *.webp *.pdf)</source>
        <translation>图片和 PDF (*.png *.jpg *.jpeg *.gif *.webp *.pdf)</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Backup skipped</source>
        <translation>已跳过备份</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>更改文件夹…</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <source>Last complaint</source>
        <translation>最近一次投诉</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Backups are kept in %1</source>
        <translation>备份保存在 %1</translation>
    </message>
    <message>
        <source>Safety copy before a restore</source>
        <translation>恢复前的安全副本</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Not restored: the archive is in use by %1. Close it and try again.</source>
        <translation>未恢复：档案正被 %1 使用。请关闭后重试。</translation>
    </message>
    <message>
        <source>Restored. The archive as it was is kept in %1 (listed here: restore it to undo).</source>
        <translation>已恢复。恢复前的档案保存在 %1（列在此处：恢复它即可撤销）。</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up: %1 customers, %2 complaints. The check passed.</source>
        <translation>已备份：%1 位客户，%2 条投诉。检查通过。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>A backup of another shop</source>
        <translation>另一家店的备份</translation>
    </message>
    <message>
        <source>This backup is of the shop “%1”, but this archive is “%2”. Restore it anyway? The archive as it is now is kept as a safety copy.</source>
        <translation>这个备份属于店铺“%1”，而当前档案是“%2”。仍要恢复吗？当前的档案会先保存为安全副本。</translation>
    </message>
    <message>
        <source>Restore anyway</source>
        <translation>仍然恢复</translation>
    </message>
    <message>
        <source>Restoring… (a safety copy is made first)</source>
        <translation>正在恢复…（先制作安全副本）</translation>
    </message>
    <message>
        <source>Replace the archive by the backup taken %1 (%2 customers, %3 complaints, last complaint %4)? Everything saved after it will be gone from the archive; a safety copy of the archive as it is now is kept first.</source>
        <translation>要用 %1 的备份（%2 位客户，%3 条投诉，最近一次投诉 %4）替换当前档案吗？此后保存的所有内容都将从档案中消失；替换前会先为当前档案保留一份安全副本。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Restored. The archive as it was is kept in %1</source>
        <translation type="vanished">已恢复。原来的档案保存在 %1</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>There is no archive in {folder}. Check --data-dir; nothing was created. A new archive is made only by the Amends window, amends demo or amends import.</source>
        <translation>{folder} 中没有档案。请检查 --data-dir；没有创建任何文件。只有 Amends 窗口、amends demo 或 amends import 会新建档案。</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: --data-dir names the folder that holds amends.db.</source>
        <translation>{folder} 是一个文件，不是文件夹：--data-dir 应指向存放 amends.db 的文件夹。</translation>
    </message>
    <message>
        <source>it is empty: name the folder that holds amends.db</source>
        <translation>它是空的：请写出存放 amends.db 的文件夹</translation>
    </message>
    <message>
        <source>The archive {path} is damaged; it was not changed ({detail}). See what is wrong with: amends check --data-dir &quot;{folder}&quot;. Then restore the newest good backup with: amends restore BACKUP --data-dir &quot;{folder}&quot;.</source>
        <translation>档案 {path} 已损坏，未作任何改动（{detail}）。查看问题所在：amends check --data-dir &quot;{folder}&quot;。然后恢复最新的完好备份：amends restore BACKUP --data-dir &quot;{folder}&quot;。</translation>
    </message>
    <message>
        <source>The archive&apos;s folder {folder} cannot be written to, so nothing was saved ({detail}).</source>
        <translation>档案所在的文件夹 {folder} 无法写入，因此没有保存任何内容（{detail}）。</translation>
    </message>
    <message>
        <source>The archive stayed busy for {seconds} s: another program (the Amends window or another amends command) kept it locked. Nothing was written; try again when it has finished.</source>
        <translation>档案持续忙碌了 {seconds} 秒：另一个程序（Amends 窗口或另一个 amends 命令）一直锁定着它。没有写入任何内容；请等它完成后再试。</translation>
    </message>
    <message>
        <source>Waiting for the archive: another program (the Amends window or another amends command) is saving… (up to {seconds} s; Ctrl+C stops)</source>
        <translation>正在等待档案：另一个程序（Amends 窗口或另一个 amends 命令）正在保存……（最多 {seconds} 秒；按 Ctrl+C 停止）</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>磁盘已满，因此没有保存任何内容。请释放一些空间后再试。</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder or medium is write-protected.</source>
        <translation>无法写入 {path}：该文件夹或介质受写保护。</translation>
    </message>
    <message>
        <source>Cannot use {path}: {reason}.</source>
        <translation>无法使用 {path}：{reason}。</translation>
    </message>
    <message>
        <source>An unexpected error stopped the command, and nothing more was done ({detail}). Please report it to whoever looks after Amends for you.</source>
        <translation>意外错误使命令停止，之后没有再做任何操作（{detail}）。请告知为您维护 Amends 的人。</translation>
    </message>
    <message>
        <source>cannot write {out}: {reason}</source>
        <translation>无法写入 {out}：{reason}</translation>
    </message>
    <message>
        <source>The letter was not logged on its case: the archive is read-only here.</source>
        <translation>这封信没有记录到其案件中：此处的档案是只读的。</translation>
    </message>
    <message>
        <source>The letter could not be logged on its case, so it was not written to {out} either. {reason}</source>
        <translation>这封信无法记录到其案件中，因此也没有写入 {out}。{reason}</translation>
    </message>
    <message>
        <source>no case with the reference {ref}</source>
        <translation>没有编号为 {ref} 的案件</translation>
    </message>
    <message>
        <source>{what} written to {out} ({size:,} bytes)</source>
        <translation>{what} 已写入 {out}（{size:,} 字节）</translation>
    </message>
    <message>
        <source>Case sheet of {ref}</source>
        <translation>投诉案卷 {ref}</translation>
    </message>
    <message>
        <source>Job tag of {ref}</source>
        <translation>返修标签 {ref}</translation>
    </message>
    <message>
        <source>Blank intake form</source>
        <translation>空白投诉登记表</translation>
    </message>
    <message>
        <source>{path} already holds complaints; use an empty --data-dir.</source>
        <translation>{path} 中已有投诉；请用一个空的 --data-dir。</translation>
    </message>
    <message>
        <source>Demo shop written to {path}: {summary}</source>
        <translation>演示店铺已写入 {path}：{summary}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>DUE TODAY</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>UPCOMING</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Nothing is due. Well done.</source>
        <translation>没有到期的回访。做得好！</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <source>give either CASE_REF with --kind, or --batch-follow-ups.</source>
        <translation>请给出 CASE_REF 和 --kind，或者 --batch-follow-ups。</translation>
    </message>
    <message>
        <source>the letter template cannot be used:
{error}</source>
        <translation>信函模板无法使用：
{error}</translation>
    </message>
    <message>
        <source>{count} letter(s) written to {out}</source>
        <translation>{count} 封信已写入 {out}</translation>
    </message>
    <message>
        <source>--kind is required with CASE_REF.</source>
        <translation>给出 CASE_REF 时必须同时给出 --kind。</translation>
    </message>
    <message>
        <source>no case with reference {ref}.</source>
        <translation>没有编号为 {ref} 的案件。</translation>
    </message>
    <message>
        <source>no staff member called {name} (known: {known}).</source>
        <translation>没有名为 {name} 的员工（现有员工：{known}）。</translation>
    </message>
    <message>
        <source>--week {week} is not an ISO week like 2026-W48.</source>
        <translation>--week {week} 不是 2026-W48 这样的 ISO 周。</translation>
    </message>
    <message>
        <source>Summary of {month} written to {out} ({size:,} bytes)</source>
        <translation>{month} 的月度总结已写入 {out}（{size:,} 字节）</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <source>Imported {count} {kind} from {file} ({encoding}); {bad} bad row(s) left out.</source>
        <translation>已从 {file}（{encoding}）导入 {count} 条 {kind}；跳过 {bad} 行有误的数据。</translation>
    </message>
    <message>
        <source>--map {item}: {name} is not a field of {kind}.</source>
        <translation>--map {item}：{name} 不是 {kind} 的字段。</translation>
    </message>
    <message>
        <source>--map {item}: there is no column {column}.</source>
        <translation>--map {item}：没有 {column} 这一列。</translation>
    </message>
    <message>
        <source>Exported {kind} to {out}.</source>
        <translation>已将 {kind} 导出到 {out}。</translation>
    </message>
    <message>
        <source>no follow-up letter is due up to {end}.</source>
        <translation>截至 {end} 没有到期的回访信。</translation>
    </message>
    <message>
        <source>warning: {ref}: these characters cannot be printed and show as □: {chars}</source>
        <translation>警告：{ref}：以下字符无法打印，会显示为 □：{chars}</translation>
    </message>
    <message>
        <source>In the batch up to {end} ({count}):</source>
        <translation>截至 {end} 的本批信件（{count} 封）：</translation>
    </message>
    <message>
        <source>Left out ({count}):</source>
        <translation>未列入（{count} 件）：</translation>
    </message>
    <message>
        <source>no follow-ups are due from {start} to {end}.</source>
        <translation type="vanished">{start} 至 {end} 没有到期的回访。</translation>
    </message>
</context>
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
    <name>CaseCorrections</name>
    <message>
        <source>Remedy of case {ref} corrected.</source>
        <translation>案件 {ref} 的补救已更正。</translation>
    </message>
    <message>
        <source>Remedy removed from case {ref}; the removal is recorded.</source>
        <translation>已从案件 {ref} 移除补救；移除已记录。</translation>
    </message>
    <message>
        <source>Follow-up of case {ref} rescheduled.</source>
        <translation>案件 {ref} 的回访已改期。</translation>
    </message>
    <message>
        <source>Follow-up of case {ref} cancelled.</source>
        <translation>案件 {ref} 的回访已取消。</translation>
    </message>
    <message>
        <source>Close case {ref}</source>
        <translation>关闭案件 {ref}</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) of this case are still planned. Cancel them as the case closes?</source>
        <translation>
            <numerusform>此案件还有 %n 个已计划的回访。关闭案件时一并取消吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>Search text, reference, customer name or phone…  (Ctrl+F)</source>
        <translation>搜索内容、编号、客户姓名或电话…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>搜索案件</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未结案件</translation>
    </message>
    <message>
        <source>Any cause</source>
        <translation>全部原因</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>收到日期从</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>At least {n} cases, counting…</source>
        <translation>至少 {n} 件案件，正在统计…</translation>
    </message>
    <message>
        <source>At least {n} cases</source>
        <translation>至少 {n} 件案件</translation>
    </message>
    <message>
        <source>Only {name}  ✕</source>
        <translation>仅 {name}  ✕</translation>
    </message>
    <message>
        <source>one customer</source>
        <translation>一位客户</translation>
    </message>
    <message>
        <source>One customer only  ✕</source>
        <translation type="vanished">仅此客户  ✕</translation>
    </message>
    <message>
        <source>Show every customer&apos;s cases again</source>
        <translation>重新显示所有客户的案件</translation>
    </message>
    <message>
        <source>Number of cases found</source>
        <translation>找到的案件数</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Any staff</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 件案件</translation>
    </message>
    <message>
        <source>{n} cases</source>
        <translation>{n} 件案件</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation type="vanished">%1 件案件</translation>
    </message>
</context>
<context>
    <name>CaseFollowUpsPanel</name>
    <message>
        <source>Due on</source>
        <translation>应回访日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Recovery accepted</source>
        <translation>接受补救</translation>
    </message>
    <message>
        <source>Will return</source>
        <translation>还会再来</translation>
    </message>
    <message>
        <source>Still wrong / notes</source>
        <translation>仍有问题 / 备注</translation>
    </message>
    <message>
        <source>Record result…</source>
        <translation>记录回访结果…</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>安排回访…</translation>
    </message>
    <message>
        <source>{n}/5</source>
        <translation>{n}/5</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>已安排</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <source>Cancel follow-up…</source>
        <translation>取消回访…</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Not acknowledged; the customer should have heard from us by {due}.</source>
        <translation>尚未受理；本应在 {due} 前给客户回复。</translation>
    </message>
    <message>
        <source>Not resolved; the target was {due}.</source>
        <translation>尚未解决；目标时间是 {due}。</translation>
    </message>
    <message>
        <source>Received {when}</source>
        <translation>收到于 {when}</translation>
    </message>
    <message>
        <source>Severity: {level}</source>
        <translation>严重程度：{level}</translation>
    </message>
    <message>
        <source>taken by {name}</source>
        <translation>接待人 {name}</translation>
    </message>
    <message>
        <source>reopened {n}×</source>
        <translation>重新打开 {n} 次</translation>
    </message>
    <message>
        <source>Overdue: {reason}</source>
        <translation>逾期：{reason}</translation>
    </message>
</context>
<context>
    <name>CaseSide</name>
    <message>
        <source>Customer page…</source>
        <translation>客户页面…</translation>
    </message>
    <message>
        <source>Their other complaints</source>
        <translation>该客户的其他投诉</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>No consent to contact beyond this case</source>
        <translation>未同意在本案之外联系</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Product / service</source>
        <translation>产品 / 服务</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>尚未查明</translation>
    </message>
    <message>
        <source>Overdue: not acknowledged; the customer should have heard from us by {due}.</source>
        <translation>逾期未受理：客户应在 {due} 之前得到我们的回复。</translation>
    </message>
    <message>
        <source>Overdue: not resolved; the target was {due}.</source>
        <translation>逾期未解决：目标期限是 {due}。</translation>
    </message>
    <message>
        <source>Overdue: not acknowledged; the customer should have heard from us by %1.</source>
        <translation type="vanished">逾期未受理：客户应在 %1 之前得到我们的回复。</translation>
    </message>
    <message>
        <source>Overdue: not resolved; the target was %1.</source>
        <translation type="vanished">逾期未解决：目标期限是 %1。</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Letter…</source>
        <translation>信函…</translation>
    </message>
    <message>
        <source>Case sheet…</source>
        <translation>投诉案卷…</translation>
    </message>
    <message>
        <source>The whole case on paper, to print or save</source>
        <translation>整个案件的书面版本，可打印或保存</translation>
    </message>
    <message>
        <source>Job tag…</source>
        <translation>返修标签…</translation>
    </message>
    <message>
        <source>A label for an item the customer left with us</source>
        <translation>贴在顾客留下的物品上的标签</translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation>删除案件…</translation>
    </message>
    <message>
        <source>Customer page…</source>
        <translation type="vanished">客户页面…</translation>
    </message>
    <message>
        <source>Their other complaints</source>
        <translation type="vanished">该客户的其他投诉</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Five recovery steps</source>
        <translation>补救五步</translation>
    </message>
    <message>
        <source>Remedies</source>
        <translation>补救措施</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>补救</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="vanished">客户</translation>
    </message>
    <message>
        <source>Case {ref} · {name}</source>
        <translation>案件 {ref} · {name}</translation>
    </message>
    <message>
        <source>No consent to contact beyond this case</source>
        <translation type="vanished">未同意在本案之外联系</translation>
    </message>
    <message>
        <source>Case {ref}</source>
        <translation>案件 {ref}</translation>
    </message>
    <message>
        <source>This could not be done: {reason}</source>
        <translation>无法完成：{reason}</translation>
    </message>
    <message>
        <source>Case {ref} is now “{status}”.</source>
        <translation>案件 {ref} 现为“{status}”。</translation>
    </message>
    <message>
        <source>Diagnosis of case {ref} saved.</source>
        <translation>案件 {ref} 的诊断已保存。</translation>
    </message>
    <message>
        <source>“{step}” ticked.</source>
        <translation>已勾选“{step}”。</translation>
    </message>
    <message>
        <source>“{step}” unticked.</source>
        <translation>已取消勾选“{step}”。</translation>
    </message>
    <message>
        <source>Remedy added to case {ref}.</source>
        <translation>已为案件 {ref} 添加补救措施。</translation>
    </message>
    <message>
        <source>Follow-up planned for {day}.</source>
        <translation>已安排 {day} 回访。</translation>
    </message>
    <message>
        <source>Follow-up result recorded for case {ref}.</source>
        <translation>已记录案件 {ref} 的回访结果。</translation>
    </message>
    <message>
        <source>Follow-up planned for case {ref}.</source>
        <translation>已为案件 {ref} 安排回访。</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <source>{file} is far too large to attach; attachments may be at most 10 MB.</source>
        <translation>{file} 太大，无法附加；附件最大 10 MB。</translation>
    </message>
    <message>
        <source>{file} attached.</source>
        <translation>已附加 {file}。</translation>
    </message>
    <message>
        <source>The picture was {before:.1f} MB, too large to keep; it was scaled down to {after:.1f} MB and attached.</source>
        <translation>图片有 {before:.1f} MB，太大无法保存；已缩小到 {after:.1f} MB 并附加。</translation>
    </message>
    <message>
        <source>The letter for case {ref} is recorded in its timeline.</source>
        <translation>案件 {ref} 的信函已记入时间线。</translation>
    </message>
    <message>
        <source>Case {ref} deleted; the deletion is recorded.</source>
        <translation>案件 {ref} 已删除；删除操作已记录。</translation>
    </message>
    <message>
        <source>Close case {ref} without saving its diagnosis?</source>
        <translation>案件 {ref} 的诊断尚未保存，仍要关闭吗？</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
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
    <name>ChecklistPanel</name>
    <message>
        <source>✓ {when} · {who}</source>
        <translation>✓ {when} · {who}</translation>
    </message>
    <message>
        <source>no staff named</source>
        <translation>未注明员工</translation>
    </message>
</context>
<context>
    <name>ComplaintDetails</name>
    <message>
        <source>The customer&apos;s own words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>Product / service:</source>
        <translation>产品 / 服务：</translation>
    </message>
    <message>
        <source>Order / receipt no.:</source>
        <translation>订单 / 小票号：</translation>
    </message>
    <message>
        <source>How the customer felt:</source>
        <translation>客户情绪：</translation>
    </message>
    <message>
        <source>What they expect:</source>
        <translation>客户期望：</translation>
    </message>
    <message>
        <source>How widespread:</source>
        <translation>波及范围：</translation>
    </message>
    <message>
        <source>Options the customer was told:</source>
        <translation>已告知客户的其他途径：</translation>
    </message>
    <message>
        <source>In the customer&apos;s words:</source>
        <translation>客户原话：</translation>
    </message>
</context>
<context>
    <name>ComplaintFields</name>
    <message>
        <source>What it is about, e.g. birthday cake</source>
        <translation>涉及什么，例如：生日蛋糕</translation>
    </message>
    <message>
        <source>Write it down as the customer says it, then read it back to them.</source>
        <translation>按客户的原话记下来，然后读给客户听确认。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>尚未查明</translation>
    </message>
    <message>
        <source>&amp;Order / receipt no.:</source>
        <translation>订单 / 小票号(&amp;O)：</translation>
    </message>
    <message>
        <source>In the customer&apos;s &amp;words:</source>
        <translation>客户原话(&amp;W)：</translation>
    </message>
    <message>
        <source>What they e&amp;xpect:</source>
        <translation>客户期望(&amp;X)：</translation>
    </message>
    <message>
        <source>Ca&amp;use:</source>
        <translation>原因(&amp;U)：</translation>
    </message>
    <message>
        <source>Rece&amp;ived at:</source>
        <translation>收到时间(&amp;I)：</translation>
    </message>
    <message>
        <source>Received &amp;by:</source>
        <translation>接待人(&amp;B)：</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Pro&amp;duct / service:</source>
        <translation>产品 / 服务(&amp;D)：</translation>
    </message>
    <message>
        <source>How they fel&amp;t:</source>
        <translation>客户情绪(&amp;T)：</translation>
    </message>
    <message>
        <source>Severit&amp;y:</source>
        <translation>严重程度(&amp;Y)：</translation>
    </message>
    <message>
        <source>How widespread:</source>
        <translation>波及范围：</translation>
    </message>
    <message>
        <source>Product / &amp;service:</source>
        <translation type="vanished">产品 / 服务(&amp;S)：</translation>
    </message>
    <message>
        <source>How they &amp;felt:</source>
        <translation type="vanished">客户情绪(&amp;F)：</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="vanished">严重程度(&amp;V)：</translation>
    </message>
    <message>
        <source>How &amp;widespread:</source>
        <translation type="vanished">波及范围(&amp;W)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="vanished">渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation>渠道(&amp;L)：</translation>
    </message>
    <message>
        <source>Ch&amp;annel:</source>
        <translation type="vanished">渠道(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Amends ran into a problem</source>
        <translation>Amends 遇到了问题</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Something went wrong inside Amends.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Everything you saved before is safe; the last thing you did may not have been saved, so please check it.&lt;/p&gt;&lt;p&gt;You can go on working. If the window behaves oddly, quit Amends and start it again. If this happens again, send the log file to whoever looks after your Amends.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Amends 内部出了错。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;之前保存的内容都安全；最后一步操作可能没有保存，请检查一下。&lt;/p&gt;&lt;p&gt;您可以继续工作。如果窗口表现异常，请退出 Amends 再重新启动。如果再次发生，请把日志文件发给负责维护您的 Amends 的人。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The details were written to {log}.</source>
        <translation>详细信息已写入 {log}。</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>详细信息无法写入日志文件。</translation>
    </message>
    <message>
        <source>Go on working</source>
        <translation>继续工作</translation>
    </message>
    <message>
        <source>Quit Amends</source>
        <translation>退出 Amends</translation>
    </message>
    <message>
        <source>Show the log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
</context>
<context>
    <name>CsvField</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Agrees to be contacted</source>
        <translation>同意联系</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>客户电话</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Product / service</source>
        <translation>产品/服务</translation>
    </message>
    <message>
        <source>Order / receipt no.</source>
        <translation>订单/小票号</translation>
    </message>
    <message>
        <source>In the customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>How they felt</source>
        <translation>客户感受</translation>
    </message>
    <message>
        <source>What they expect</source>
        <translation>客户期望</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>How widespread</source>
        <translation>波及面</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>Chinese yuan (renminbi)</source>
        <translation>人民币</translation>
    </message>
    <message>
        <source>Hong Kong dollar</source>
        <translation>港币</translation>
    </message>
    <message>
        <source>New Taiwan dollar</source>
        <translation>新台币</translation>
    </message>
    <message>
        <source>Macanese pataca</source>
        <translation>澳门元</translation>
    </message>
    <message>
        <source>Singapore dollar</source>
        <translation>新加坡元</translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation>日元</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>欧元</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>英镑</translation>
    </message>
    <message>
        <source>Australian dollar</source>
        <translation>澳元</translation>
    </message>
    <message>
        <source>Canadian dollar</source>
        <translation>加元</translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation>瑞士法郎</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>May be contacted (letters, follow-up calls)</source>
        <translation>可以联系（信函、回访电话）</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Merge duplicate…</source>
        <translation>合并重复客户…</translation>
    </message>
    <message>
        <source>Export this customer&apos;s data…</source>
        <translation>导出该客户的数据…</translation>
    </message>
    <message>
        <source>Everything held about them in one zip file, e.g. when they ask for a copy</source>
        <translation>把保存的关于该客户的全部信息打包成一个 zip 文件，例如在客户索取副本时使用</translation>
    </message>
    <message>
        <source>Erase customer…</source>
        <translation>删除客户个人数据…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Remedies</source>
        <translation>补救措施</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>客户类别：</translation>
    </message>
    <message>
        <source>Special care:</source>
        <translation>特别关照：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Customer card</source>
        <translation>客户卡片</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Changes to this record</source>
        <translation>此记录的修改</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 次投诉</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n 个未结</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} given</source>
        <translation>已给予 {amount}</translation>
    </message>
    <message>
        <source>satisfaction {score:.1f}/5</source>
        <translation>满意度 {score:.1f}/5</translation>
    </message>
    <message>
        <source>customer since {day}</source>
        <translation>自 {day} 起为客户</translation>
    </message>
    <message>
        <source>{name}&apos;s record saved; the changes are in its history.</source>
        <translation>{name} 的记录已保存；修改已记入历史。</translation>
    </message>
    <message>
        <source>Customer records merged; the merge is recorded.</source>
        <translation>客户记录已合并；合并已记录。</translation>
    </message>
    <message>
        <source>Export this customer&apos;s data</source>
        <translation>导出该客户的数据</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip 文件 (*.zip)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Could not export to {path}: {reason}</source>
        <translation>无法导出到 {path}：{reason}</translation>
    </message>
    <message>
        <source>The data held about {name} was exported to {path}.</source>
        <translation>{name} 的数据已导出到 {path}。</translation>
    </message>
    <message>
        <source>Erasing {name}&apos;s personal data…</source>
        <translation>正在删除{name}的个人数据…</translation>
    </message>
    <message>
        <source>{name} could not be erased: {reason}</source>
        <translation>无法删除 {name} 的个人数据：{reason}</translation>
    </message>
    <message>
        <source>{name}&apos;s personal data was erased; their complaints stay in the figures, anonymised.</source>
        <translation>{name} 的个人数据已删除；其投诉以匿名方式保留在统计数字中。</translation>
    </message>
</context>
<context>
    <name>CustomerSection</name>
    <message>
        <source>Phone number or name – type to find the customer</source>
        <translation>输入电话号码或姓名查找客户</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>Chosen customer</source>
        <translation>已选客户</translation>
    </message>
    <message>
        <source>Agrees to be contacted about this complaint</source>
        <translation>同意就此投诉与其联系</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>电子邮件(&amp;M)：</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation type="vanished">地址(&amp;E)：</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>(1 complaint)</source>
        <translation>（1 次投诉）</translation>
    </message>
    <message>
        <source>({n} complaints)</source>
        <translation>（{n} 次投诉）</translation>
    </message>
    <message>
        <source>(%1 complaints)</source>
        <translation type="vanished">（%1 次投诉）</translation>
    </message>
    <message>
        <source>Chan&amp;ge customer</source>
        <translation>更换客户(&amp;G)</translation>
    </message>
    <message>
        <source>C&amp;hange customer</source>
        <translation type="vanished">更换客户(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="vanished">地址：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="vanished">语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Last complaint</source>
        <translation>最近投诉</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>{score:.1f}/5</source>
        <translation>{score:.1f}/5</translation>
    </message>
    <message>
        <source>A complaint of theirs was closed as not recovered.</source>
        <translation>该客户有一次投诉以“未挽回”结案。</translation>
    </message>
    <message>
        <source>{n} complaints in the last 12 months.</source>
        <translation>近 12 个月内投诉 {n} 次。</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Search by name or phone</source>
        <translation>按姓名或电话搜索</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <source>Only repeat or unrecovered customers</source>
        <translation>只看重复投诉或未挽回的客户</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Red: a complaint was not recovered · amber: two or more complaints in 12 months</source>
        <translation>红色：有投诉未挽回 · 橙色：12 个月内投诉两次以上</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamageDialog</name>
    <message>
        <source>taken {when} ({customers} customers, {complaints} complaints)</source>
        <translation>备份于 {when}（{customers} 位客户，{complaints} 条投诉）</translation>
    </message>
    <message>
        <source>The archive is damaged</source>
        <translation>档案已损坏</translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation>恢复此备份</translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation>选择其他备份…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Amends cannot read its archive file safely.&lt;/b&gt; The file {path} is damaged: this happens after a power cut, a failing disk or a USB stick pulled out too early.&lt;/p&gt;&lt;p&gt;What SQLite reported: {problem}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Amends 无法安全读取档案。&lt;/b&gt;文件 {path} 已损坏：停电、硬盘故障或 U 盘过早拔出后都可能发生。&lt;/p&gt;&lt;p&gt;SQLite 报告：{problem}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Whatever you choose, the damaged file is kept beside the archive, never deleted: an expert may still rescue the newest records from it.</source>
        <translation>无论您选择什么，损坏的文件都会保留在档案旁边，绝不删除：专业人员也许还能从中救回最新的记录。</translation>
    </message>
    <message>
        <source>No usable backup was found in {folder}. If you keep backups elsewhere (a USB stick), choose one.</source>
        <translation>在 {folder} 中没有找到可用的备份。如果您把备份存在别处（如 U 盘），请选择一个。</translation>
    </message>
    <message>
        <source>The newest good backup was {details}. Records saved after it will be missing.</source>
        <translation>最新的完好备份{details}。在它之后保存的记录将会缺失。</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>Amends backups (*.db);;All files (*)</source>
        <translation>Amends 备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{file} is not a usable backup ({problem}). Choose another one.</source>
        <translation>{file} 不是可用的备份（{problem}）。请选择其他备份。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>{year}-{month:02d}</source>
        <translation>{year}年{month:02d}月</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>自定义范围…</translation>
    </message>
    <message>
        <source>Monthly summary PDF…</source>
        <translation>月度总结 PDF…</translation>
    </message>
    <message>
        <source>Complaints received in</source>
        <translation>收到投诉的期间</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>收到的投诉</translation>
    </message>
    <message>
        <source>Acknowledged within target</source>
        <translation>按时受理</translation>
    </message>
    <message>
        <source>Resolved within target</source>
        <translation>按时解决</translation>
    </message>
    <message>
        <source>Median time to resolution</source>
        <translation>解决用时中位数</translation>
    </message>
    <message>
        <source>Satisfied after recovery</source>
        <translation>补救后满意</translation>
    </message>
    <message>
        <source>Customers recovered : lost</source>
        <translation>挽回 : 流失客户</translation>
    </message>
    <message>
        <source>Compensation cost</source>
        <translation>补偿成本</translation>
    </message>
    <message>
        <source>Open cases today</source>
        <translation>今日未结案件</translation>
    </message>
    <message>
        <source>nothing to compare with</source>
        <translation>没有可比较的数据</translation>
    </message>
    <message>
        <source>{value} the period before</source>
        <translation>上一期为 {value}</translation>
    </message>
    <message>
        <source>{days:.1f} days</source>
        <translation>{days:.1f} 天</translation>
    </message>
    <message>
        <source>too few answers (n = {n})</source>
        <translation>回答太少（n = {n}）</translation>
    </message>
    <message>
        <source>{n} answers</source>
        <translation>{n} 个回答</translation>
    </message>
    <message>
        <source>value to customers {amount}</source>
        <translation>对客户价值 {amount}</translation>
    </message>
    <message>
        <source>value to customers {amount:,.2f}</source>
        <translation type="vanished">对客户价值 {amount:,.2f}</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} 件逾期</translation>
    </message>
    <message>
        <source>Not yet diagnosed</source>
        <translation>尚未诊断</translation>
    </message>
    <message>
        <source>Causes (click a bar for its cases)</source>
        <translation>投诉原因（点击柱条查看案件）</translation>
    </message>
    <message>
        <source>Channels (click a bar for its cases)</source>
        <translation>投诉渠道（点击柱条查看案件）</translation>
    </message>
    <message>
        <source>Complaints per month</source>
        <translation>每月投诉数</translation>
    </message>
    <message>
        <source>Open cases by age: {buckets}. Repeat complainers in the last 12 months: {repeat:,}.</source>
        <translation>未结案件按时长：{buckets}。近 12 个月重复投诉的客户：{repeat:,}。</translation>
    </message>
</context>
<context>
    <name>DeletedCasesDialog</name>
    <message>
        <source>Deleted cases</source>
        <translation>已删除的案件</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>No case has been deleted.</source>
        <translation>没有已删除的案件。</translation>
    </message>
    <message>
        <source>&amp;Restore case</source>
        <translation>恢复案件(&amp;R)</translation>
    </message>
</context>
<context>
    <name>DiagnosisEditor</name>
    <message>
        <source>Not known yet</source>
        <translation>尚未查明</translation>
    </message>
    <message>
        <source>Why did it really happen? In your own words</source>
        <translation>到底为什么会发生？用您自己的话写</translation>
    </message>
    <message>
        <source>What did the shop change so it does not happen again?</source>
        <translation>店里做了哪些改变，避免再次发生？</translation>
    </message>
    <message>
        <source>Save diagnosis</source>
        <translation>保存诊断</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Root cause:</source>
        <translation>根本原因：</translation>
    </message>
    <message>
        <source>Improvement:</source>
        <translation>改进措施：</translation>
    </message>
</context>
<context>
    <name>EarlyWarning</name>
    <message>
        <source>{n} complaints in 12 months and case {ref} is still open</source>
        <translation>12 个月内投诉 {n} 次，案件 {ref} 仍未结案</translation>
    </message>
    <message>
        <source>At the last follow-up (case {ref}) the customer was dissatisfied</source>
        <translation>上次回访（案件 {ref}）客户表示不满意</translation>
    </message>
    <message>
        <source>At the last follow-up (case {ref}) the customer said they will not come back</source>
        <translation>上次回访（案件 {ref}）客户表示不会再来</translation>
    </message>
    <message>
        <source>A key or special-care customer whose case {ref} is past its target</source>
        <translation>主力或重点关怀客户的案件 {ref} 已超过处理时限</translation>
    </message>
    <message>
        <source>The recovery of case {old} failed and the customer complains again ({ref})</source>
        <translation>案件 {old} 补救失败，客户再次投诉（{ref}）</translation>
    </message>
    <message>
        <source>The agreed remedy of case {ref} was promised by {day} and is not carried out ({days} days late)</source>
        <translation>案件 {ref} 约定的补救应于 {day} 前完成，至今未落实（已逾期 {days} 天）</translation>
    </message>
    <message>
        <source>Case {ref} was fixed on {day} and nobody has followed up ({days} days)</source>
        <translation>案件 {ref} 已于 {day} 补救，至今无人回访（{days} 天）</translation>
    </message>
    <message>
        <source>{n} complaints in the last 30 days where about {expected} were usual (p = {p})</source>
        <translation>近 30 天投诉 {n} 次，平时约 {expected} 次（p = {p}）</translation>
    </message>
    <message>
        <source>{n} complaints in the last {days} days, some in every 30 of them, and no improvement recorded</source>
        <translation>近 {days} 天投诉 {n} 次，每 30 天都有，且没有记录改进措施</translation>
    </message>
    <message>
        <source>“{title}” done on {day}: {before} a month before, {after} a month since</source>
        <translation>“{title}”已于 {day} 完成：之前每月 {before} 次，之后每月 {after} 次</translation>
    </message>
    <message>
        <source>Call the customer today, in person if you can: apologise and agree what would win them back.</source>
        <translation>今天就联系客户，最好当面：先道歉，再商定怎样挽回客户。</translation>
    </message>
    <message>
        <source>Carry out the promise now, or call the customer, say when it will happen and why it is late.</source>
        <translation>立即兑现承诺，或致电客户，说明何时完成以及延误的原因。</translation>
    </message>
    <message>
        <source>Read this cause&apos;s cases of the last 30 days and find what changed.</source>
        <translation>查看该原因近 30 天的案件，找出发生了什么变化。</translation>
    </message>
    <message>
        <source>Record an improvement with an owner and a due date.</source>
        <translation>记录一项改进措施，指定负责人和完成日期。</translation>
    </message>
    <message>
        <source>Talk with the owner: change the improvement or add another one.</source>
        <translation>与负责人沟通：调整这项改进，或再增加一项。</translation>
    </message>
    <message>
        <source>Call the customer: is the fix still holding?</source>
        <translation>致电客户：问题解决后是否一切正常？</translation>
    </message>
    <message>
        <source>Nothing to warn about.</source>
        <translation>目前没有需要预警的情况。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>too early to tell (under 60 days since)</source>
        <translation>时间太短，尚无法判断（不足 60 天）</translation>
    </message>
    <message>
        <source>too few complaints to tell</source>
        <translation>投诉太少，无法判断</translation>
    </message>
    <message>
        <source>fell</source>
        <translation>已下降</translation>
    </message>
    <message>
        <source>lower, but not clearly</source>
        <translation>有所下降，但还不明显</translation>
    </message>
    <message>
        <source>did not fall</source>
        <translation>没有下降</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>尚未完成</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Deleted cases…</source>
        <translation>已删除的案件(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Undo &quot;{action}&quot;</source>
        <translation>撤销“{action}”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo &quot;{action}&quot;</source>
        <translation>重做“{action}”(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase customer</source>
        <translation>删除客户个人数据</translation>
    </message>
    <message>
        <source>Erase all personal data of {name}?</source>
        <translation>要删除 {name} 的全部个人数据吗？</translation>
    </message>
    <message>
        <source>Their name, phone, e-mail, address and notes are removed, and so is what they told us in their complaints; their letters and attachments are deleted. The complaints stay, anonymised, so the shop&apos;s statistics stay true.

This cannot be undone. Backups made before the erasure still hold the data until rotation drops them: at most 12 months.</source>
        <translation>客户的姓名、电话、电子邮件、地址和备注将被清除，投诉中客户向我们讲述的内容也会被清除；相关信函和附件将被删除。投诉本身以匿名方式保留，店铺的统计数字依然准确。

此操作无法撤销。删除之前制作的备份仍保存着这些数据，直到按轮换规则被淘汰为止：最长 12 个月。</translation>
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
    <name>Factor</name>
    <message>
        <source>Customer segment</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Special care</source>
        <translation>重点关怀</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Remedy given</source>
        <translation>补救方式</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>确认受理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解决用时</translation>
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
    <name>Field</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次答复</translation>
    </message>
    <message>
        <source>First closed</source>
        <translation>首次结案</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <source>Times reopened</source>
        <translation>重新打开次数</translation>
    </message>
    <message>
        <source>Acknowledgement due</source>
        <translation>受理期限</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>解决期限</translation>
    </message>
    <message>
        <source>Options the customer was told</source>
        <translation>已告知客户的其他途径</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>客户情绪</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>客户期望</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>波及范围</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因类别</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Cost to the shop</source>
        <translation>店铺成本</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>给予日期</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>客户接受</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>应回访日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Consent to contact</source>
        <translation>同意联系</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Special care</source>
        <translation>特别关照</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>已合并到</translation>
    </message>
    <message>
        <source>Merged from</source>
        <translation>合并自</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>成为客户时间</translation>
    </message>
</context>
<context>
    <name>FollowUpBatchDialog</name>
    <message>
        <source>Follow-up letters due this week</source>
        <translation>本周到期的回访信</translation>
    </message>
    <message>
        <source>The follow-up template cannot be used:
{0}</source>
        <translation>回访信模板无法使用：
{0}</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="vanished">所在周</translation>
    </message>
    <message>
        <source>In this batch:</source>
        <translation>本批包括：</translation>
    </message>
    <message>
        <source>Left out, and why:</source>
        <translation>未列入及原因：</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) due up to {0}, overdue ones included.</source>
        <translation>
            <numerusform>截至 {0} 到期的信件 %n 封（含已逾期的）</numerusform>
        </translation>
    </message>
    <message>
        <source>{ref}  {name}  (due {due})</source>
        <translation>{ref}  {name}（{due} 到期）</translation>
    </message>
    <message>
        <source>follow-up letters {week}</source>
        <translation>回访信 {week}</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) due from {0} to {1}</source>
        <translation type="vanished">
            <numerusform>{0} 至 {1} 到期的信函共 %n 封</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of:</source>
        <translation>所在周：</translation>
    </message>
</context>
<context>
    <name>FollowUpBucket</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>即将到期</translation>
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
    <name>FollowUpModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>案件状态</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>受理人</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Nobody to call back: no follow-ups are due in the next seven days.</source>
        <translation>无需回访：未来七天内没有到期的回访。</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <source>Record result…</source>
        <translation>记录结果…</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>到期回访</translation>
    </message>
    <message>
        <source>{overdue} overdue · {today} today · {upcoming} in the next 7 days</source>
        <translation>逾期 {overdue} · 今天 {today} · 未来 7 天 {upcoming}</translation>
    </message>
    <message>
        <source>Follow-up for case {ref} recorded.</source>
        <translation>已记录案件 {ref} 的回访。</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Say sorry early, briefly and sincerely, before any explanation.</source>
        <translation>尽早道歉，简短而真诚，先道歉再解释。</translation>
    </message>
    <message>
        <source>Put it right now if you can: replace the item, correct the bill, redo the work.</source>
        <translation>能当场解决就当场解决：换一件、改账单、重新做。</translation>
    </message>
    <message>
        <source>Name the trouble and the feeling: “Waiting that long before work is really annoying.”</source>
        <translation>说出客户遇到的麻烦和感受：“上班前等这么久，确实让人着急。”</translation>
    </message>
    <message>
        <source>Offer something that touches the customer without burdening the shop; weigh it against what the customer means to you.</source>
        <translation>给一份能打动客户、店里也负担得起的补偿；结合这位客户对店铺的价值来权衡。</translation>
    </message>
    <message>
        <source>Check back after the fix: is the customer really satisfied, did anything else go wrong? Tell the team what you heard.</source>
        <translation>处理完后回访：客户是否真正满意，还有没有别的问题？把听到的反馈告诉同事。</translation>
    </message>
    <message>
        <source>Calm things down and write it all down.</source>
        <translation>先稳住气氛，把情况完整记下来。</translation>
    </message>
    <message>
        <source>Let the customer finish; do not interrupt or argue.</source>
        <translation>让客户把话说完，不打断，不争辩。</translation>
    </message>
    <message>
        <source>“I am sorry this happened. Thank you for telling us.”</source>
        <translation>“发生这样的事，真的很抱歉。谢谢您告诉我们。”</translation>
    </message>
    <message>
        <source>Read back what you wrote: “Let me check I have it right…”</source>
        <translation>把记录读给客户听：“我确认一下，您说的是……”</translation>
    </message>
    <message>
        <source>Give your name and say “I will…”, not “we”.</source>
        <translation>报上自己的名字，说“我来……”，而不是“我们”。</translation>
    </message>
    <message>
        <source>The customer knows you are on it; now find out what they really expect.</source>
        <translation>客户已知道您在处理；现在弄清楚客户真正期望什么。</translation>
    </message>
    <message>
        <source>“What would put this right for you?”</source>
        <translation>“您希望我们怎样处理比较好？”</translation>
    </message>
    <message>
        <source>Promise a time for your next call, and keep it.</source>
        <translation>约定下次联系的时间，并准时做到。</translation>
    </message>
    <message>
        <source>Get the facts: how serious, how many customers, and why it happened.</source>
        <translation>查清事实：有多严重、涉及多少客户、为什么会发生。</translation>
    </message>
    <message>
        <source>Tell bad news early rather than late.</source>
        <translation>坏消息要早说，不要拖。</translation>
    </message>
    <message>
        <source>If it takes longer, call before the promised time and say when you will know.</source>
        <translation>如果需要更久，在约定时间之前打电话，告诉客户什么时候能有结果。</translation>
    </message>
    <message>
        <source>Note the cause, so the same complaint does not come back.</source>
        <translation>记下原因，避免同样的投诉再次发生。</translation>
    </message>
    <message>
        <source>Agree one concrete action and a date, then do it at once.</source>
        <translation>商定一个具体措施和日期，然后马上落实。</translation>
    </message>
    <message>
        <source>Offer a choice: “I can replace it today or refund it. Which suits you better?”</source>
        <translation>给客户选择：“今天可以给您换新，也可以退款，您看哪种更合适？”</translation>
    </message>
    <message>
        <source>Say what you can do, not what you cannot.</source>
        <translation>多说能做什么，少说不能做什么。</translation>
    </message>
    <message>
        <source>Confirm it in writing with the resolution letter.</source>
        <translation>用处理结果信以书面形式确认。</translation>
    </message>
    <message>
        <source>The fix is done: make the ending a good one.</source>
        <translation>补救已完成：让结尾给客户留下好印象。</translation>
    </message>
    <message>
        <source>“Your new order is ready; I checked it myself.”</source>
        <translation>“您的新订单已经准备好了，我亲自检查过。”</translation>
    </message>
    <message>
        <source>Plan a follow-up call within the next few days.</source>
        <translation>安排在几天之内回访。</translation>
    </message>
    <message>
        <source>Ask whether the customer is truly satisfied now.</source>
        <translation>问清客户现在是否真正满意。</translation>
    </message>
    <message>
        <source>“Is everything all right now? Is there anything else we should know?”</source>
        <translation>“现在一切都好吗？还有什么需要我们知道的吗？”</translation>
    </message>
    <message>
        <source>Ask for a score from 1 to 5 and whether they will come back.</source>
        <translation>请客户打 1 到 5 分，并问是否还会再来。</translation>
    </message>
    <message>
        <source>Thank them for their patience and pass on what you learn.</source>
        <translation>感谢客户的耐心，把了解到的情况告诉同事。</translation>
    </message>
    <message>
        <source>The customer is won back: learn from it.</source>
        <translation>客户已挽回：从中总结经验。</translation>
    </message>
    <message>
        <source>Record what the shop changed because of this complaint.</source>
        <translation>记下店里因这次投诉做了哪些改进。</translation>
    </message>
    <message>
        <source>Recognise the colleague who handled it well.</source>
        <translation>表扬处理得好的同事。</translation>
    </message>
    <message>
        <source>Not recovered: record what was offered and what options the customer still has.</source>
        <translation>未能挽回：记下提供过的方案，以及客户还有哪些途径。</translation>
    </message>
    <message>
        <source>Stay polite and leave the door open: “You are always welcome here.”</source>
        <translation>保持礼貌，给客户留有余地：“随时欢迎您再来。”</translation>
    </message>
    <message>
        <source>Note the cause so it does not happen to the next customer.</source>
        <translation>记下原因，别让下一位客户再遇到。</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Guidance</source>
        <translation>处理指引</translation>
    </message>
    <message>
        <source>Show or hide the guidance</source>
        <translation>显示或隐藏处理指引</translation>
    </message>
    <message>
        <source>What to do and say at this stage of the case</source>
        <translation>案件当前阶段该做什么、说什么</translation>
    </message>
    <message>
        <source>Guidance for this case</source>
        <translation>本案处理指引</translation>
    </message>
    <message>
        <source>(now)</source>
        <translation>（当前）</translation>
    </message>
    <message>
        <source>{step}: {advice}</source>
        <translation>{step}：{advice}</translation>
    </message>
    <message>
        <source>now</source>
        <translation type="vanished">当前</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>怎么说</translation>
    </message>
    <message>
        <source>The five recovery steps</source>
        <translation>服务补救五步</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Amends user guide</source>
        <translation>Amends 用户指南</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>此安装中缺少用户指南。</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Customer history</source>
        <translation>客户历史</translation>
    </message>
    <message>
        <source>History summary</source>
        <translation>历史概要</translation>
    </message>
    <message>
        <source>Type a phone number or a name: a returning customer&apos;s earlier complaints appear here.</source>
        <translation>输入电话号码或姓名：老客户以前的投诉会显示在这里。</translation>
    </message>
    <message>
        <source>… and {n} older complaints.</source>
        <translation>……以及更早的 {n} 次投诉。</translation>
    </message>
    <message>
        <source>{n} earlier complaints</source>
        <translation>以前投诉过 {n} 次</translation>
    </message>
    <message>
        <source>last one {days} days ago</source>
        <translation>最近一次在 {days} 天前</translation>
    </message>
    <message>
        <source>{n} not recovered</source>
        <translation>{n} 次未挽回</translation>
    </message>
    <message>
        <source>{n} still open</source>
        <translation>{n} 件仍未结案</translation>
    </message>
    <message>
        <source>satisfaction {score}/5</source>
        <translation>满意度 {score}/5</translation>
    </message>
    <message>
        <source>… and %1 older complaints.</source>
        <translation type="vanished">……以及更早的 %1 次投诉。</translation>
    </message>
    <message>
        <source>1 earlier complaint</source>
        <translation>以前投诉过 1 次</translation>
    </message>
    <message>
        <source>%1 earlier complaints</source>
        <translation type="vanished">以前投诉过 %1 次</translation>
    </message>
    <message>
        <source>last one today</source>
        <translation>最近一次在今天</translation>
    </message>
    <message>
        <source>last one yesterday</source>
        <translation>最近一次在昨天</translation>
    </message>
    <message>
        <source>last one %1 days ago</source>
        <translation type="vanished">最近一次在 %1 天前</translation>
    </message>
    <message>
        <source>%1 not recovered</source>
        <translation type="vanished">%1 次未挽回</translation>
    </message>
    <message>
        <source>%1 still open</source>
        <translation type="vanished">%1 件仍未结案</translation>
    </message>
    <message>
        <source>cause not known</source>
        <translation>原因不明</translation>
    </message>
    <message>
        <source>satisfaction %1/5</source>
        <translation type="vanished">满意度 %1/5</translation>
    </message>
    <message>
        <source>On file, no earlier complaints.</source>
        <translation>已登记的客户，以前没有投诉。</translation>
    </message>
    <message>
        <source>Known customer, no earlier complaints.</source>
        <translation type="vanished">老客户，以前没有投诉过。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Import complaints</source>
        <translation>导入投诉</translation>
    </message>
    <message>
        <source>Choose a CSV file…</source>
        <translation>选择 CSV 文件…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>Bad rows</source>
        <translation>有问题的行</translation>
    </message>
    <message>
        <source>Skip the bad rows and import the others</source>
        <translation>跳过有问题的行，导入其余各行</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>First row: which field each column holds.</source>
        <translation>第一行：每一列对应的字段。</translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation>要导入的 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1 — %2 rows, encoding %3</source>
        <translation>%1 — %2 行，编码 %3</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Choose a column for: %1</source>
        <translation>请为“%1”选择一列</translation>
    </message>
    <message>
        <source>Checking %1 rows…</source>
        <translation>正在检查 %1 行…</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 rows can be imported, %2 are bad.</source>
        <translation>%1 行可以导入，%2 行有问题。</translation>
    </message>
    <message>
        <source>%1 rows imported.</source>
        <translation>已导入 %1 行。</translation>
    </message>
    <message>
        <source>Importing %1 rows…</source>
        <translation>正在导入 %1 行…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <source>%1 bad rows, the first on line %2 (%3). Nothing was imported.</source>
        <translation>有 %1 行有问题，第一处在第 %2 行（%3）。没有导入任何内容。</translation>
    </message>
</context>
<context>
    <name>ImprovementForm</name>
    <message>
        <source>Improvement</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>Save improvement</source>
        <translation>保存改进措施</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation type="vanished">要改变什么</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="vanished">负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="vanished">完成日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">状态</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="vanished">原因</translation>
    </message>
    <message>
        <source>New improvement</source>
        <translation>新的改进措施</translation>
    </message>
    <message>
        <source>Say what will change.</source>
        <translation>请写明要改变什么。</translation>
    </message>
    <message>
        <source>Improvement:</source>
        <translation>改进措施：</translation>
    </message>
    <message>
        <source>What will change:</source>
        <translation>要改变什么：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>完成日期：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>ImprovementStatus</name>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>What worked before</source>
        <translation>以往有效的做法</translation>
    </message>
    <message>
        <source>No warning about this customer.</source>
        <translation>这位客户目前没有预警。</translation>
    </message>
    <message>
        <source>No similar closed complaint yet.</source>
        <translation>还没有相似的已结案投诉。</translation>
    </message>
    <message>
        <source>As the complaint is described, similar past complaints and what was done for them appear here.</source>
        <translation>输入投诉内容后，这里会列出相似的以往投诉以及当时的处理办法。</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n warning(s)</source>
        <translation>
            <numerusform>显示全部 %n 条预警</numerusform>
        </translation>
    </message>
    <message>
        <source>no remedy recorded</source>
        <translation>未记录补救</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>已挽回</translation>
    </message>
    <message>
        <source>not recovered</source>
        <translation>未挽回</translation>
    </message>
    <message>
        <source>satisfaction {score}/5</source>
        <translation>满意度 {score}/5</translation>
    </message>
    <message>
        <source>Why is this warning not needed now?</source>
        <translation>为什么现在不需要这条预警？</translation>
    </message>
    <message>
        <source>Reason for dismissing</source>
        <translation>忽略的理由</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Not dismissed</source>
        <translation>未能忽略</translation>
    </message>
    <message>
        <source>The dismissal could not be written to the archive:
{error}</source>
        <translation>无法把忽略记录写入档案：
{error}</translation>
    </message>
</context>
<context>
    <name>InsightsSection</name>
    <message>
        <source>Satisfaction after recovery and what drives it</source>
        <translation>补救后的满意度及其影响因素</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Will come back</source>
        <translation>会再来</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Before (a month)</source>
        <translation>之前（每月）</translation>
    </message>
    <message>
        <source>Since (a month)</source>
        <translation>之后（每月）</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>效果</translation>
    </message>
    <message>
        <source>Where recovery goes worst</source>
        <translation>补救效果最差的地方</translation>
    </message>
    <message>
        <source>Improvements (learning from recovery)</source>
        <translation>改进措施（从补救经历中学习）</translation>
    </message>
    <message>
        <source>{start} to {end}: {n} scored follow-up answers, too few for a percentage.</source>
        <translation>{start} 至 {end}：有评分的回访只有 {n} 个，太少，不计算百分比。</translation>
    </message>
    <message>
        <source>{start} to {end}: {csat} satisfied (4 or 5 of 5) of {n} answers; {back} of {asked} said they will come back.</source>
        <translation>{start} 至 {end}：{n} 个回答中 {csat} 满意（5 分制 4 或 5 分）；{asked} 个回答中 {back} 表示会再来。</translation>
    </message>
    <message>
        <source>Only values with at least {min} scored answers are shown; {hidden} with fewer are left out.</source>
        <translation>只显示至少有 {min} 个评分回答的取值；{hidden} 个回答较少的未显示。</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>&amp;Save complaint</source>
        <translation>保存投诉(&amp;S)</translation>
    </message>
    <message>
        <source>Save and start the next one (Ctrl+S)</source>
        <translation>保存并开始登记下一条 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>清空表单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The complaint could not be written to the archive:
{error}</source>
        <translation>投诉无法写入档案：
{error}</translation>
    </message>
    <message>
        <source>Complaint {ref} saved</source>
        <translation>投诉 {ref} 已保存</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>未保存：请更正标红的字段。</translation>
    </message>
    <message>
        <source>Returning customer: {name} · earlier complaints: {n}</source>
        <translation>老客户：{name} · 以前投诉过 {n} 次</translation>
    </message>
    <message>
        <source>The complaint being typed could not be kept as a draft: {error}</source>
        <translation>正在填写的投诉无法保存为草稿：{error}</translation>
    </message>
    <message>
        <source>Restore the complaint you were typing on {when}?</source>
        <translation>要恢复您在 {when} 填写的投诉吗？</translation>
    </message>
    <message>
        <source>The complaint you were typing is back in the form.</source>
        <translation>您之前填写的投诉已恢复到表单中。</translation>
    </message>
    <message>
        <source>Unsaved complaint</source>
        <translation>未保存的投诉</translation>
    </message>
    <message>
        <source>* must be filled in</source>
        <translation>* 为必填项</translation>
    </message>
    <message>
        <source>On file, no earlier complaints: {name}</source>
        <translation>已登记的客户，以前没有投诉：{name}</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>以后再说(&amp;N)</translation>
    </message>
    <message>
        <source>Time received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>This complaint was being typed on {when}. Was it received then?</source>
        <translation>这条投诉是在 {when} 录入的。是那时收到的吗？</translation>
    </message>
    <message>
        <source>&amp;Keep {when}</source>
        <translation>保留 {when}(&amp;K)</translation>
    </message>
    <message>
        <source>Use &amp;now</source>
        <translation>改为现在(&amp;N)</translation>
    </message>
    <message>
        <source>Known customer: {name}</source>
        <translation type="vanished">已登记客户：{name}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="vanished">恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="vanished">放弃</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>简体中文</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>繁體中文</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>LeftOutReason</name>
    <message>
        <source>The remedy is agreed but not carried out yet</source>
        <translation>补救已商定，尚未办理</translation>
    </message>
    <message>
        <source>No remedy has been recorded</source>
        <translation>尚未记录补救</translation>
    </message>
    <message>
        <source>The follow-up has already been done</source>
        <translation>已经完成回访</translation>
    </message>
    <message>
        <source>The follow-up is due after this week</source>
        <translation>回访日期在本周之后</translation>
    </message>
    <message>
        <source>No follow-up is planned</source>
        <translation>没有安排回访</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letter for case {0}</source>
        <translation>案件 {0} 的信函</translation>
    </message>
    <message>
        <source>Make letter</source>
        <translation>生成信函</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">类型</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="vanished">语言</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="vanished">署名人</translation>
    </message>
    <message>
        <source>Letters already made (double-click to open):</source>
        <translation>已生成的信函（双击打开）：</translation>
    </message>
    <message>
        <source>The {kind} template cannot be used:
{problems}</source>
        <translation>“{kind}”模板无法使用：
{problems}</translation>
    </message>
    <message>
        <source>The letter went out but could not be logged on its case: {0}</source>
        <translation>信已经发出，但未能记录到案件中：{0}</translation>
    </message>
    <message>
        <source>The wording of this letter appears here.</source>
        <translation>这封信的文字会显示在这里。</translation>
    </message>
    <message>
        <source>Update preview</source>
        <translation>更新预览</translation>
    </message>
    <message>
        <source>Copy as message</source>
        <translation>复制为消息</translation>
    </message>
    <message>
        <source>Wording of this letter (changes apply to this letter only, not to the template):</source>
        <translation>这封信的文字（修改只用于这一封，不改模板）：</translation>
    </message>
    <message>
        <source>The message is on the clipboard: paste it into WeChat, an SMS or an e-mail.</source>
        <translation>消息已复制到剪贴板：可粘贴到微信、短信或电子邮件中。</translation>
    </message>
    <message>
        <source>The letter could not be made: {0}</source>
        <translation type="vanished">无法生成信函：{0}</translation>
    </message>
    <message>
        <source>{ref} letter {number}</source>
        <translation>{ref} 信函 {number}</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>署名人：</translation>
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
        <translation type="vanished">Amends 客诉挽回</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) in the archive</source>
        <translation type="vanished">
            <numerusform>档案中共有 %n 条投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新投诉</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Case {ref} · {customer}</source>
        <translation>案件 {ref} · {customer}</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>&amp;New complaint</source>
        <translation>新投诉(&amp;N)</translation>
    </message>
    <message>
        <source>Record a new complaint (Ctrl+N)</source>
        <translation>登记一条新投诉 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Find cases</source>
        <translation>查找案件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open selected case</source>
        <translation>打开所选案件(&amp;O)</translation>
    </message>
    <message>
        <source>Show &amp;open cases</source>
        <translation type="vanished">显示未结案件(&amp;U)</translation>
    </message>
    <message>
        <source>Show op&amp;en cases</source>
        <translation>显示未结案件(&amp;U)</translation>
    </message>
    <message>
        <source>Show o&amp;verdue cases</source>
        <translation>显示逾期案件(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Amends</source>
        <translation>关于 Amends(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Staff on duty:</source>
        <translation>当班员工：</translation>
    </message>
    <message>
        <source>Staff on duty</source>
        <translation>当班员工</translation>
    </message>
    <message>
        <source>No staff set up</source>
        <translation>尚未设置员工</translation>
    </message>
    <message>
        <source>{name} is on duty: new records are made in their name.</source>
        <translation>{name} 当班：新记录将以其名义登记。</translation>
    </message>
    <message>
        <source>Select a case in the list first.</source>
        <translation>请先在列表中选择一个案件。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Amends {version}&lt;/b&gt;&lt;p&gt;Record customer complaints, recover the customer, and keep the shop&apos;s memory of what went wrong and how it was put right.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Amends {version}&lt;/b&gt;&lt;p&gt;登记客户投诉，挽回客户，并记住店里出过什么差错、又是怎样弥补的。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Amends</source>
        <translation>关于 Amends</translation>
    </message>
    <message>
        <source>Watch list</source>
        <translation>预警清单</translation>
    </message>
    <message>
        <source>Read-only: this archive&apos;s folder cannot be written, so you can look at cases, print and export, but nothing can be changed or saved.</source>
        <translation>只读：此档案所在的文件夹无法写入，您可以查看案例、打印和导出，但不能修改或保存任何内容。</translation>
    </message>
    <message>
        <source>{shop} (read-only)</source>
        <translation>{shop}（只读）</translation>
    </message>
    <message>
        <source>Demo shop: invented customers and complaints to look around. Your own archive is not touched; open it with File › Open archive….</source>
        <translation type="vanished">演示店铺：客户和投诉都是虚构的，供您随便看看。您自己的档案不受影响；要打开它，请选择“文件 › 打开档案…”。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No complaints yet.&lt;/b&gt; When a customer complains, press &lt;b&gt;Ctrl+N&lt;/b&gt; (New complaint) and write it down as they say it. To look around first, choose &lt;b&gt;File › Open the demo shop&lt;/b&gt;: it opens in a window of its own.</source>
        <translation>&lt;b&gt;还没有投诉。&lt;/b&gt;有客户投诉时，按 &lt;b&gt;Ctrl+N&lt;/b&gt;（新投诉），照客户的原话记下来。想先看看，请选择 &lt;b&gt;文件 › 打开演示店铺&lt;/b&gt;：它会在单独的窗口中打开。</translation>
    </message>
    <message>
        <source>Demo shop · {name}</source>
        <translation>演示店铺 · {name}</translation>
    </message>
    <message>
        <source>Demo shop: invented customers and complaints to look around. Your own archive is not touched: File › Open archive… opens it.</source>
        <translation>演示店铺：客户和投诉都是虚构的，供您随便看看。您自己的档案不受影响；要打开它，请选择“文件 › 打开档案…”。</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Back up or restore…</source>
        <translation>备份或恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>Import &amp;customers from CSV…</source>
        <translation>从 CSV 导入客户(&amp;C)…</translation>
    </message>
    <message>
        <source>Import co&amp;mplaints from CSV…</source>
        <translation>从 CSV 导入投诉(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Export customers to CSV…</source>
        <translation type="vanished">导出客户到 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Export complaints to CS&amp;V…</source>
        <translation type="vanished">导出投诉到 CSV(&amp;V)…</translation>
    </message>
    <message>
        <source>Export &amp;everything (zip)…</source>
        <translation type="vanished">导出全部数据 (zip)(&amp;Z)…</translation>
    </message>
    <message>
        <source>Export c&amp;ustomers to CSV…</source>
        <translation>导出客户到 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Export com&amp;plaints to CSV…</source>
        <translation>导出投诉到 CSV(&amp;V)…</translation>
    </message>
    <message>
        <source>Export e&amp;verything (zip)…</source>
        <translation>导出全部数据 (zip)(&amp;Z)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Letter templates…</source>
        <translation>信函模板(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Monthly recovery summary…</source>
        <translation>月度补救总结(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Follow-up letters due this week…</source>
        <translation>本周到期的回访信(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Blank intake form…</source>
        <translation>空白投诉登记表(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The export could not be written to {path}: {reason}. Nothing else was changed.</source>
        <translation>导出内容无法写入 {path}：{reason}。其他内容均未改动。</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Amends.</source>
        <translation>新的语言将在下次启动 Amends 时生效。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Recent archives</source>
        <translation>最近的档案(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;archive…</source>
        <translation>打开档案(&amp;A)…</translation>
    </message>
    <message>
        <source>New arc&amp;hive…</source>
        <translation>新建档案(&amp;H)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo shop</source>
        <translation>打开演示店铺(&amp;D)</translation>
    </message>
    <message>
        <source>Open archive: the folder that holds it</source>
        <translation>打开档案：选择档案所在的文件夹</translation>
    </message>
    <message>
        <source>No archive in {folder}. To start one there, choose File › New archive….</source>
        <translation type="vanished">{folder} 中没有档案。要在那里新建，请选择“文件 › 新建档案…”。</translation>
    </message>
    <message>
        <source>New archive: choose an empty folder</source>
        <translation>新建档案：选择一个空文件夹</translation>
    </message>
    <message>
        <source>No archive could be made in {folder}: {error}</source>
        <translation>无法在 {folder} 中新建档案：{error}</translation>
    </message>
    <message>
        <source>This window already shows the demo shop.</source>
        <translation>这个窗口显示的就是演示店铺。</translation>
    </message>
    <message>
        <source>Filling the demo shop, a few seconds…</source>
        <translation>正在生成演示店铺，需要几秒钟…</translation>
    </message>
    <message>
        <source>The demo shop could not be filled: {error}</source>
        <translation>无法生成演示店铺：{error}</translation>
    </message>
    <message>
        <source>This archive is the one open in this window.</source>
        <translation>这个档案已在本窗口中打开。</translation>
    </message>
    <message>
        <source>{archive} opens in a window of its own.</source>
        <translation>{archive} 将在单独的窗口中打开。</translation>
    </message>
    <message>
        <source>Amends could not be started for {folder}.</source>
        <translation>无法为 {folder} 启动 Amends。</translation>
    </message>
    <message>
        <source>No other archives yet</source>
        <translation>还没有其他档案</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="vanished">密码(&amp;P)</translation>
    </message>
    <message>
        <source>No archive in {folder}. File › New archive… starts one there.</source>
        <translation>{folder} 中没有档案。要在那里新建，请选择“文件 › 新建档案…”。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a duplicate into {name}</source>
        <translation>将重复记录合并到 {name}</translation>
    </message>
    <message>
        <source>Name or phone of the duplicate record</source>
        <translation>重复记录的姓名或电话</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Duplicate (merged into it)</source>
        <translation>重复记录（并入保留记录）</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Find the duplicate record:</source>
        <translation>查找重复记录：</translation>
    </message>
    <message>
        <source>{name} · {phone} · {n} complaint(s)</source>
        <translation>{name} · {phone} · {n} 次投诉</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未结案件</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Complaints that move to {name}: {refs}.
Filled in from the duplicate: {filled}.
The duplicate record is kept, marked as merged, and the merge is recorded.</source>
        <translation>转到 {name} 名下的投诉：{refs}。
从重复记录补填：{filled}。
重复记录会保留并标记为已合并，合并操作会被记录。</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>Complaints received</source>
        <translation>收到的投诉</translation>
    </message>
    <message>
        <source>Every complaint recorded with a received date in the month, whatever its channel; the arrow compares it with the month before.</source>
        <translation>本月收到日期内登记的所有投诉，不论渠道；箭头表示与上个月相比的变化。</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>投诉原因</translation>
    </message>
    <message>
        <source>Why the complaints happened, largest first; the line adds them up, so you can see which few causes make most of the complaints.</source>
        <translation>投诉发生的原因，按数量从多到少排列；折线为累计占比，可以看出哪几个原因造成了大部分投诉。</translation>
    </message>
    <message>
        <source>Acknowledgement time</source>
        <translation>受理用时</translation>
    </message>
    <message>
        <source>From receiving the complaint to telling the customer &quot;we have it, I am on it&quot;. Median: half the cases were faster; 90%: nine in ten were faster.</source>
        <translation>从收到投诉到告诉客户“已收到，我在处理”的时间。中位数：一半的案件比它快；90%：十件中有九件比它快。</translation>
    </message>
    <message>
        <source>Time to resolution</source>
        <translation>解决用时</translation>
    </message>
    <message>
        <source>From receiving the complaint to closing it the first time; for cases that were reopened, also to the last close. In calendar time and in opening hours.</source>
        <translation>从收到投诉到首次结案的时间；重新打开过的案件也计算到最后一次结案。分别按日历时间和营业时间计算。</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>达标率</translation>
    </message>
    <message>
        <source>Share of cases acknowledged within the shop&apos;s acknowledgement target, and share resolved within the resolution target. Cases still within their time are left out until they are done or late.</source>
        <translation>在店铺受理时限内受理的案件比例，以及在解决时限内解决的案件比例。仍在时限内的案件在完成或逾期之前不计入。</translation>
    </message>
    <message>
        <source>Reopen rate</source>
        <translation>重新打开率</translation>
    </message>
    <message>
        <source>Cases that were reopened after being closed, divided by the cases closed at least once.</source>
        <translation>结案后又重新打开的案件数，除以至少结案过一次的案件数。</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Share of the month&apos;s complaints that are closed (recovered or not) on the day the report is made.</source>
        <translation>截至报告生成当天，本月投诉中已结案（无论是否挽回）的比例。</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Of the complaints whose remedy was carried out, the share the shop called back afterwards to ask whether all is well now.</source>
        <translation>在已实施补救的投诉中，店铺事后回访、询问客户现在是否一切都好的比例。</translation>
    </message>
    <message>
        <source>Satisfaction after recovery</source>
        <translation>补救后满意度</translation>
    </message>
    <message>
        <source>Follow-up answers of 4 or 5 on the 1-5 scale, divided by all answers. With fewer than five answers no percentage is given.</source>
        <translation>回访中打 4 分或 5 分（1-5 分制）的回答数除以全部回答数。回答少于五个时不给出百分比。</translation>
    </message>
    <message>
        <source>Customers recovered</source>
        <translation>挽回的客户</translation>
    </message>
    <message>
        <source>Per customer, their latest complaint of the month: recovered when they said at the last follow-up that they will come back (or the case was closed as recovered); lost when they said they will not, or it was closed as not recovered.</source>
        <translation>按客户统计其本月最近一次投诉：最后一次回访时表示还会再来（或案件以“已挽回”结案）即为挽回；表示不会再来或以“未挽回”结案即为流失。</translation>
    </message>
    <message>
        <source>Repeat complainers</source>
        <translation>重复投诉客户</translation>
    </message>
    <message>
        <source>Customers with two or more complaints in the twelve months up to the end of the period.</source>
        <translation>截至本期末的十二个月内投诉两次或以上的客户。</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Remedies given for the month&apos;s complaints, by kind: the value to the customer and what it cost the shop.</source>
        <translation>本月投诉给予的补救，按类型列出：对客户的价值和店铺的成本。</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未结案件</translation>
    </message>
    <message>
        <source>Complaints received up to the end of the period that are still open on the day the report is made, by how long ago they came in. Overdue: past the acknowledgement target without an acknowledgement, or past the resolution target.</source>
        <translation>截至本期末收到、在报告生成当天仍未结案的投诉，按收到至今的时长分组。逾期：超过受理时限仍未受理，或超过解决时限。</translation>
    </message>
    <message>
        <source>Per staff member</source>
        <translation>按员工统计</translation>
    </message>
    <message>
        <source>Complaints each colleague took in during the month, and the satisfaction their customers gave at follow-up.</source>
        <translation>每位同事本月接待的投诉，以及他们的客户在回访时给出的满意度。</translation>
    </message>
    <message>
        <source>Improvements recorded</source>
        <translation>已记录的改进</translation>
    </message>
    <message>
        <source>What the shop changed because of a complaint, written down during the period, so that the same thing does not happen again.</source>
        <translation>本期内记录的、店铺因投诉而做出的改变，避免同样的事情再次发生。</translation>
    </message>
    <message>
        <source>under 1 day</source>
        <translation>不到 1 天</translation>
    </message>
    <message>
        <source>1-3 days</source>
        <translation>1-3 天</translation>
    </message>
    <message>
        <source>3-7 days</source>
        <translation>3-7 天</translation>
    </message>
    <message>
        <source>1-4 weeks</source>
        <translation>1-4 周</translation>
    </message>
    <message>
        <source>over 4 weeks</source>
        <translation>超过 4 周</translation>
    </message>
</context>
<context>
    <name>MoveBar</name>
    <message>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <source>Move the case to “{status}”</source>
        <translation>将案件转为“{status}”</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Back to investigating</source>
        <translation>退回调查</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>开始调查</translation>
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
        <source>Start follow-up</source>
        <translation>开始回访</translation>
    </message>
    <message>
        <source>Close: recovered</source>
        <translation>结案：已挽回</translation>
    </message>
    <message>
        <source>Close: not recovered…</source>
        <translation>结案：未挽回…</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Reopen case {ref}</source>
        <translation>重新打开案件 {ref}</translation>
    </message>
    <message>
        <source>Why is the case reopened? (e.g. the customer called: the repair failed again)</source>
        <translation>为什么重新打开这个案件？（例如：客户来电说又修坏了）</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Close case {ref} as not recovered</source>
        <translation>将案件 {ref} 以“未挽回”结案</translation>
    </message>
    <message>
        <source>The customer did not accept the shop&apos;s decision. What options were they told they still have? (e.g. the consumer association, a written complaint to head office)</source>
        <translation>客户不接受店铺的处理决定。已告诉客户还有哪些途径？（例如：消费者协会、向总部书面投诉）</translation>
    </message>
    <message>
        <source>Close as not recovered</source>
        <translation>以“未挽回”结案</translation>
    </message>
    <message>
        <source>Delete case {ref}</source>
        <translation>删除案件 {ref}</translation>
    </message>
    <message>
        <source>The case disappears from every list but stays in the archive, and the deletion is recorded. Why is it deleted? (e.g. entered twice)</source>
        <translation>案件将从所有列表中消失，但仍保留在档案中，删除操作也会记录下来。为什么要删除？（例如：重复登记）</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>删除案件</translation>
    </message>
    <message>
        <source>Remove a remedy from case {ref}</source>
        <translation>从案件 {ref} 移除补救</translation>
    </message>
    <message>
        <source>The remedy leaves the case; the removal and what the remedy was are recorded. Why is it removed? (e.g. entered on the wrong case)</source>
        <translation>补救将从案件中移除；移除操作及补救内容都会被记录。为什么移除？（例如：录入到了错误的案件）</translation>
    </message>
    <message>
        <source>Remove remedy</source>
        <translation>移除补救</translation>
    </message>
    <message>
        <source>Cancel a follow-up of case {ref}</source>
        <translation>取消案件 {ref} 的回访</translation>
    </message>
    <message>
        <source>Why is the follow-up cancelled? (e.g. the customer asked not to be called)</source>
        <translation>为什么取消回访？（例如：顾客要求不要再打电话）</translation>
    </message>
    <message>
        <source>Cancel follow-up</source>
        <translation>取消回访</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>This paper could not be made. Nothing was printed or saved.</source>
        <translation>无法生成这份文件，没有打印也没有保存任何内容。</translation>
    </message>
    <message>
        <source>The details are in {0}: please send that file to whoever looks after Amends for you.</source>
        <translation>详细情况记录在 {0}：请把这个文件发给为您维护 Amends 的人。</translation>
    </message>
    <message>
        <source>These characters cannot be printed with the fonts Amends has and would show as □: {0}</source>
        <translation>以下字符 Amends 自带的字体无法打印，会显示为 □：{0}</translation>
    </message>
    <message>
        <source>Characters that cannot be printed</source>
        <translation>无法打印的字符</translation>
    </message>
    <message>
        <source>No font Amends has can print these characters; on paper each would be a □:

{0}

Print or save anyway?</source>
        <translation>Amends 的字体都无法打印以下字符，纸上每个都会变成 □：

{0}

仍要打印或保存吗？</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>取消密码</translation>
    </message>
    <message>
        <source>What the password protects: opening the Amends window on this computer. Whoever starts Amends here must type it first.</source>
        <translation>密码保护的是：在这台电脑上打开 Amends 窗口。在这里启动 Amends 的人必须先输入密码。</translation>
    </message>
    <message>
        <source>What it does not protect: the archive file itself (amends.db is not encrypted: anyone who can copy it can read it with other programs), the amends command line (its commands open the archive without asking for the password), and backups (copies of the file, not locked either). Keep this computer&apos;s user account, the data folder and the backups safe.</source>
        <translation>密码不保护的是：档案本身（amends.db 没有加密，任何能复制它的人都能用其他程序读取）、amends 命令行（其命令打开档案时不会要求输入密码）以及备份（它们是档案的副本，同样没有加锁）。请妥善保管这台电脑的用户账户、数据所在的文件夹和备份。</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>A password is asked at start.</source>
        <translation>启动时需要输入密码。</translation>
    </message>
    <message>
        <source>No password is asked at start.</source>
        <translation>启动时不需要密码。</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>请至少使用 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>The password is asked when Amends starts. It keeps passers-by out of the window; keep backups safe too, they are not locked.</source>
        <translation type="vanished">启动 Amends 时会要求输入密码，防止路过的人查看窗口；备份文件没有加锁，也请妥善保管。</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Amends</source>
        <translation>Amends</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>无法保存 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>The customer&apos;s name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>The customer&apos;s postal address</source>
        <translation>客户的邮寄地址</translation>
    </message>
    <message>
        <source>The case reference, e.g. 2026-0042</source>
        <translation>投诉编号，例如 2026-0042</translation>
    </message>
    <message>
        <source>The day the complaint was received</source>
        <translation>收到投诉的日期</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>今天的日期</translation>
    </message>
    <message>
        <source>The date by which the case is to be resolved</source>
        <translation>承诺解决的日期</translation>
    </message>
    <message>
        <source>The complaint in brief (a short excerpt)</source>
        <translation>投诉内容摘要（简短节选）</translation>
    </message>
    <message>
        <source>The complaint in full</source>
        <translation>投诉全文</translation>
    </message>
    <message>
        <source>The product or service complained about</source>
        <translation>被投诉的商品或服务</translation>
    </message>
    <message>
        <source>The order or receipt number</source>
        <translation>订单号或小票号</translation>
    </message>
    <message>
        <source>What the shop changed so it does not happen again</source>
        <translation>为避免再次发生而做的改进</translation>
    </message>
    <message>
        <source>The remedies in a few words, e.g. &apos;refund and voucher&apos;</source>
        <translation>补救措施的简称，例如“退款和代金券”</translation>
    </message>
    <message>
        <source>Every remedy with details and amount, as a list</source>
        <translation>逐项列出补救措施及金额</translation>
    </message>
    <message>
        <source>The remedies already carried out, with amounts</source>
        <translation>已经办理的补救及金额</translation>
    </message>
    <message>
        <source>The remedies already carried out, one per line, as a list</source>
        <translation>已经办理的补救，逐条列出</translation>
    </message>
    <message>
        <source>The remedies agreed but not yet carried out</source>
        <translation>已商定、尚未办理的补救</translation>
    </message>
    <message>
        <source>The remedies agreed but not yet carried out, as a list</source>
        <translation>已商定、尚未办理的补救，逐条列出</translation>
    </message>
    <message>
        <source>The day the agreed remedies will be carried out</source>
        <translation>商定的补救将办妥的日期</translation>
    </message>
    <message>
        <source>Total money value of the remedies carried out, e.g. ¥38.00</source>
        <translation>已办理补救的合计金额，例如 ¥38.00</translation>
    </message>
    <message>
        <source>At least one remedy has been carried out</source>
        <translation>至少有一项补救已经办理</translation>
    </message>
    <message>
        <source>At least one remedy is agreed but not yet carried out</source>
        <translation>至少有一项补救已商定但尚未办理</translation>
    </message>
    <message>
        <source>The case is closed</source>
        <translation>案件已结案</translation>
    </message>
    <message>
        <source>The follow-up call or visit has taken place</source>
        <translation>已经完成回访</translation>
    </message>
    <message>
        <source>The customer receives a goodwill voucher</source>
        <translation>顾客会收到代金券</translation>
    </message>
    <message>
        <source>The goodwill voucher&apos;s code</source>
        <translation>代金券券号</translation>
    </message>
    <message>
        <source>The goodwill voucher&apos;s value</source>
        <translation>代金券面值</translation>
    </message>
    <message>
        <source>The last day the voucher can be used</source>
        <translation>代金券的最后使用日期</translation>
    </message>
    <message>
        <source>The day of the follow-up</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>The staff member who signs and takes responsibility</source>
        <translation>署名并负责的员工</translation>
    </message>
    <message>
        <source>The shop&apos;s name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <source>The shop&apos;s phone number</source>
        <translation>店铺电话</translation>
    </message>
    <message>
        <source>The shop&apos;s e-mail address</source>
        <translation>店铺电子邮箱</translation>
    </message>
    <message>
        <source>The shop&apos;s address</source>
        <translation>店铺地址</translation>
    </message>
    <message>
        <source>Total money value of the remedies, e.g. ¥38.00</source>
        <translation type="vanished">补救措施的金额合计，例如 ¥38.00</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Attachments as full pages</source>
        <translation>附件整页打印</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="vanished">语言</translation>
    </message>
    <message>
        <source>Case sheet {ref}</source>
        <translation>投诉案卷 {ref}</translation>
    </message>
    <message>
        <source>Job tag {ref}</source>
        <translation>返修标签 {ref}</translation>
    </message>
    <message>
        <source>Blank intake form</source>
        <translation>空白投诉登记表</translation>
    </message>
    <message>
        <source>The document could not be made: {error}</source>
        <translation type="vanished">无法生成文档：{error}</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Amends may not write in {folder}, so it cannot save anything there. The archive can still be opened read-only, to look, print and export.</source>
        <translation>Amends 无权写入 {folder}，所以无法在那里保存任何内容。档案仍可以只读方式打开，用来查看、打印和导出。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be made ({detail}).</source>
        <translation>无法创建文件夹 {folder}（{detail}）。</translation>
    </message>
    <message>
        <source>There is no archive in {folder}.</source>
        <translation>{folder} 中没有档案。</translation>
    </message>
    <message>
        <source>{path} is a folder, not an archive file. Choose another folder for the archive, or rename that folder.</source>
        <translation>{path} 是一个文件夹，不是档案。请为档案另选一个文件夹，或给那个文件夹改名。</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Amends; update Amends to open it.</source>
        <translation>{path} 是由更新版本的 Amends 写入的；请先更新 Amends 再打开它。</translation>
    </message>
    <message>
        <source>The archive could not be read ({detail}).</source>
        <translation>无法读取档案（{detail}）。</translation>
    </message>
    <message>
        <source>There is no archive at {path} to back up.</source>
        <translation>{path} 处没有可备份的档案。</translation>
    </message>
    <message>
        <source>The backup failed its check, so it was not kept as a backup (set aside as {file}): {problem}</source>
        <translation>备份没有通过检查，因此没有作为备份保留（已另存为 {file}）：{problem}</translation>
    </message>
    <message>
        <source>A backup is already running into {folder} ({holder}). Wait for it to finish, then try again.</source>
        <translation>已有一个备份正在写入 {folder}（{holder}）。请等它完成后再试。</translation>
    </message>
    <message>
        <source>Amends may not write into {folder}. Choose a folder you can write to.</source>
        <translation>Amends 无权写入 {folder}。请选择一个可以写入的文件夹。</translation>
    </message>
    <message>
        <source>The file is damaged ({detail}).</source>
        <translation>该文件已损坏（{detail}）。</translation>
    </message>
    <message>
        <source>This file is not an Amends archive.</source>
        <translation>该文件不是 Amends 档案。</translation>
    </message>
    <message>
        <source>The file is damaged or is not an Amends backup.</source>
        <translation>该文件已损坏，或者不是 Amends 备份。</translation>
    </message>
    <message>
        <source>The file cannot be read ({detail}).</source>
        <translation>无法读取该文件（{detail}）。</translation>
    </message>
    <message>
        <source>The backup folder {folder} is not there. If it is on a USB stick or external disk, plug it in and try again.</source>
        <translation>找不到备份文件夹 {folder}。如果它在 U 盘或移动硬盘上，请插上后再试。</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full. Free some space or choose another folder.</source>
        <translation>{folder} 所在的磁盘已满。请释放一些空间，或选择另一个文件夹。</translation>
    </message>
    <message>
        <source>The folder {folder} is not there any more. Plug in the disk or choose another.</source>
        <translation>文件夹 {folder} 已经不在了。请插上那个磁盘，或另选一个文件夹。</translation>
    </message>
    <message>
        <source>Could not write into {folder}: {detail}</source>
        <translation>无法写入 {folder}：{detail}</translation>
    </message>
    <message>
        <source>This archive is open read-only, so nothing can be changed or saved.</source>
        <translation>此档案以只读方式打开，因此不能修改或保存任何内容。</translation>
    </message>
    <message>
        <source>Something recorded since refers to this (a letter, a file, a colleague&apos;s later work), so it cannot be undone without losing that.</source>
        <translation>之后记录的内容（一封信、一个文件、同事后来的处理）还用到了它，撤销就会丢掉那些内容，因此无法撤销。</translation>
    </message>
    <message>
        <source>This was changed again after it was done (perhaps on another computer), so it cannot be undone or redone without losing that change.</source>
        <translation>这项内容之后又被修改过（可能是在另一台电脑上），撤销或重做都会丢掉那次修改，因此无法进行。</translation>
    </message>
    <message>
        <source>The archive file cannot be read ({detail}).</source>
        <translation>无法读取档案（{detail}）。</translation>
    </message>
    <message>
        <source>The archive file is empty (0 bytes): its records are gone from it. Restore the latest backup.</source>
        <translation>档案是空的（0 字节）：里面的记录已经没有了。请恢复最新的备份。</translation>
    </message>
    <message>
        <source>The archive file is not a database: it may have been overwritten or damaged.</source>
        <translation>这个档案已无法识别：它可能被覆盖或已损坏。</translation>
    </message>
    <message>
        <source>The archive file is damaged: it is shorter than it should be and the missing part is nowhere to be found.</source>
        <translation>档案已损坏：它比应有的长度短，缺少的部分找不到了。</translation>
    </message>
    <message>
        <source>The archive file is damaged ({detail}).</source>
        <translation>档案已损坏（{detail}）。</translation>
    </message>
    <message>
        <source>The archive could not be checked ({detail}).</source>
        <translation>无法检查档案（{detail}）。</translation>
    </message>
    <message>
        <source>The archive is busy in another copy of Amends or another Amends command, so nothing was saved. Try again in a moment.</source>
        <translation>档案正被另一个 Amends 窗口或另一个 Amends 命令占用，因此没有保存任何内容。请稍后再试。</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>磁盘已满，因此没有保存任何内容。请释放一些空间后再试。</translation>
    </message>
    <message>
        <source>The archive&apos;s folder cannot be written to, so nothing was saved. It can still be opened read-only, to look, print and export.</source>
        <translation>档案所在的文件夹无法写入，因此没有保存任何内容。档案仍可以只读方式打开，用来查看、打印和导出。</translation>
    </message>
    <message>
        <source>The archive file is damaged ({detail}). Restore the latest backup.</source>
        <translation>档案已损坏（{detail}）。请恢复最新的备份。</translation>
    </message>
    <message>
        <source>The archive {path} could not be read or written ({detail}).</source>
        <translation>无法读写档案 {path}（{detail}）。</translation>
    </message>
    <message>
        <source>The archive could not be read or written ({detail}).</source>
        <translation>无法读写档案（{detail}）。</translation>
    </message>
    <message>
        <source>the Amends window</source>
        <translation>Amends 窗口</translation>
    </message>
    <message>
        <source>amends restore</source>
        <translation>恢复命令 amends restore</translation>
    </message>
    <message>
        <source>amends backup</source>
        <translation>备份命令 amends backup</translation>
    </message>
    <message>
        <source>amends erase-customer</source>
        <translation>删除客户资料的命令 amends erase-customer</translation>
    </message>
    <message>
        <source>amends import</source>
        <translation>导入命令 amends import</translation>
    </message>
    <message>
        <source>another Amends program</source>
        <translation>另一个 Amends 程序</translation>
    </message>
    <message>
        <source>{who} (process {pid})</source>
        <translation>{who}（进程 {pid}）</translation>
    </message>
    <message>
        <source>The archive in {folder} is in use by {holder}. Close it (or wait for it to finish) and try again.</source>
        <translation>{folder} 中的档案正被 {holder} 使用。请关闭它（或等它完成）后再试。</translation>
    </message>
    <message>
        <source>Amends may not write into {folder}; the archive can only be opened read-only there.</source>
        <translation>Amends 无权写入 {folder}；那里的档案只能以只读方式打开。</translation>
    </message>
    <message>
        <source>Cannot use the folder {folder} ({detail}).</source>
        <translation>无法使用文件夹 {folder}（{detail}）。</translation>
    </message>
    <message>
        <source>customer {customer} is already erased</source>
        <translation>客户 {customer} 的资料已经删除</translation>
    </message>
    <message>
        <source>customer {customer} was merged into {into}: erase that customer</source>
        <translation>客户 {customer} 已合并到客户 {into}：请删除那位客户的资料</translation>
    </message>
    <message>
        <source>This backup is of the shop “{backup_shop}”, but this archive is “{our_shop}”. Nothing was restored.</source>
        <translation>这个备份属于店铺“{backup_shop}”，而当前档案是“{our_shop}”。没有恢复任何内容。</translation>
    </message>
    <message>
        <source>Could not restore {backup}: {problem} The archive is unchanged.</source>
        <translation>无法恢复 {backup}：{problem}档案没有改动。</translation>
    </message>
    <message>
        <source>Could not restore: {problem} The archive is unchanged.</source>
        <translation>无法恢复：{problem}档案没有改动。</translation>
    </message>
    <message>
        <source>{backup} is not a usable backup: {problem}</source>
        <translation>{backup} 不是可用的备份：{problem}</translation>
    </message>
    <message>
        <source>{backup} was made by a newer version of Amends.</source>
        <translation>{backup} 是由更新版本的 Amends 制作的。</translation>
    </message>
    <message>
        <source>The restored copy failed its check ({problem}). The archive is unchanged.</source>
        <translation>恢复出的副本没有通过检查（{problem}）。档案没有改动。</translation>
    </message>
    <message>
        <source>The archive is busy in another program, so nothing was restored. Close it and try again.</source>
        <translation>档案正被另一个程序占用，因此没有恢复任何内容。请关闭那个程序后再试。</translation>
    </message>
    <message>
        <source>No safety copy of the current archive could be made, so nothing was restored: {problem}</source>
        <translation>无法为当前档案制作安全副本，因此没有恢复任何内容：{problem}</translation>
    </message>
    <message>
        <source>technical detail: {detail}</source>
        <translation>技术细节：{detail}</translation>
    </message>
    <message>
        <source>{current} → {target} is not allowed</source>
        <translation>不能从“{current}”改为“{target}”</translation>
    </message>
    <message>
        <source>reopening a case needs a reason</source>
        <translation>重新打开案件需要填写原因</translation>
    </message>
    <message>
        <source>A file could not be read or written ({detail}).</source>
        <translation>无法读写文件（{detail}）。</translation>
    </message>
    <message>
        <source>Something went wrong ({detail}).</source>
        <translation>出了点问题（{detail}）。</translation>
    </message>
</context>
<context>
    <name>RecordFollowUpDialog</name>
    <message>
        <source>Follow-up for case {ref} · {name}</source>
        <translation>案件 {ref} · {name} 的回访</translation>
    </message>
    <message>
        <source>Plan another follow-up on</source>
        <translation>再安排一次回访，日期</translation>
    </message>
    <message>
        <source>Planned for:</source>
        <translation>计划日期：</translation>
    </message>
    <message>
        <source>Done at:</source>
        <translation>完成时间：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Satisfaction (1–5):</source>
        <translation>满意度（1–5）：</translation>
    </message>
    <message>
        <source>Recovery accepted:</source>
        <translation>接受补救：</translation>
    </message>
    <message>
        <source>Will come back:</source>
        <translation>还会再来：</translation>
    </message>
    <message>
        <source>Anything still wrong:</source>
        <translation>仍有问题：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>RecoveryHint</name>
    <message>
        <source>Good: you said sorry in the first minutes, in your own name, before explaining anything, and you did not argue.</source>
        <translation>做得好：在最初几分钟里以自己的名义道歉，先道歉后解释，没有争辩。</translation>
    </message>
    <message>
        <source>Good: what went wrong was put right on the spot (new dish, corrected bill, redone order) and the customer knows what happens next and when.</source>
        <translation>做得好：问题当场得到纠正（重做菜品、更正账单、重做订单），客户也知道接下来会怎样、什么时候。</translation>
    </message>
    <message>
        <source>Good: the customer heard you name the trouble it caused them and how they feel; you wrote their words down and read them back.</source>
        <translation>做得好：您说出了给客户带来的麻烦和客户的感受，记下客户的话并复述确认。</translation>
    </message>
    <message>
        <source>Good: a gesture the customer values and the shop can afford, in proportion to the harm and to what the customer means to the shop.</source>
        <translation>做得好：补偿让客户看重、店里负担得起，与损失程度和客户对店铺的价值相称。</translation>
    </message>
    <message>
        <source>Good: you called back after the fix, asked whether the remedy worked and anything is still wrong, and told the team what you heard.</source>
        <translation>做得好：补救后进行了回访，询问补救是否有效、是否还有问题，并把反馈告诉了同事。</translation>
    </message>
</context>
<context>
    <name>RecoveryScreens</name>
    <message>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Show the Follow-ups page</source>
        <translation>显示回访页面</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n 个回访到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due today or overdue: see the Follow-ups page.</source>
        <translation>
            <numerusform>%n 个回访今天到期或已逾期：请查看回访页面。</numerusform>
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
    <name>RemediesPanel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>给予日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Cost to shop</source>
        <translation>店铺成本</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>客户接受</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Add remedy…</source>
        <translation>添加补救措施…</translation>
    </message>
    <message>
        <source>Edit remedy…</source>
        <translation>编辑补救…</translation>
    </message>
    <message>
        <source>Remove remedy…</source>
        <translation>移除补救…</translation>
    </message>
</context>
<context>
    <name>RemedyDialog</name>
    <message>
        <source>Add a remedy to case {ref}</source>
        <translation>为案件 {ref} 添加补救措施</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>e.g. new cake delivered, voucher no. 118</source>
        <translation>例如：已送上新蛋糕，代金券 118 号</translation>
    </message>
    <message>
        <source>What the remedy is worth to the customer</source>
        <translation>补救对客户的价值</translation>
    </message>
    <message>
        <source>What it costs the shop</source>
        <translation>店铺付出的成本</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>补救</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>客户接受</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Nothing was given before for this cause or to this customer.</source>
        <translation>以前没有因这个原因或给这位客户做过补偿。</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Amount to the customer:</source>
        <translation>给客户的金额：</translation>
    </message>
    <message>
        <source>Cost to the shop:</source>
        <translation>店铺成本：</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>给予日期：</translation>
    </message>
    <message>
        <source>Given by:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>Accepted by the customer:</source>
        <translation>客户是否接受：</translation>
    </message>
    <message>
        <source>This customer</source>
        <translation>这位客户</translation>
    </message>
    <message>
        <source>Given before — this customer first, then the same cause</source>
        <translation>以往给过的补偿 — 先列这位客户的，再列同类原因的</translation>
    </message>
    <message>
        <source>{tenure}, with the shop since {since}</source>
        <translation>{tenure}，自 {since} 起成为本店客户</translation>
    </message>
    <message>
        <source>{n} complaints ({recent} in the last 12 months)</source>
        <translation>{n} 次投诉（近 12 个月 {recent} 次）</translation>
    </message>
    <message>
        <source>Given so far: {amount} (cost to the shop {cost})</source>
        <translation>至今已给：{amount}（店铺成本 {cost}）</translation>
    </message>
    <message>
        <source>Average satisfaction after recovery: {score:.1f}/5</source>
        <translation>补救后平均满意度：{score:.1f}/5</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>这位客户</translation>
    </message>
    <message>
        <source>Edit a remedy of case {ref}</source>
        <translation>编辑案件 {ref} 的补救</translation>
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
    <name>SatisfactionPicker</name>
    <message>
        <source>very unhappy</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>very happy</source>
        <translation>非常满意</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <source>This could not be saved: {reason}</source>
        <translation>无法保存：{reason}</translation>
    </message>
</context>
<context>
    <name>ScheduleFollowUpDialog</name>
    <message>
        <source>Plan a follow-up for case {ref}</source>
        <translation>为案件 {ref} 安排回访</translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation>回访日期：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Reschedule a follow-up of case {ref}</source>
        <translation>为案件 {ref} 的回访改期</translation>
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
    <name>Settings</name>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>店铺(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>员工(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language and paper</source>
        <translation>语言和纸张(&amp;L)</translation>
    </message>
    <message>
        <source>A new interface language shows the next time Amends starts.</source>
        <translation>新的界面语言将在下次启动 Amends 时生效。</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>纸张大小(&amp;P)：</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>The sooner a customer hears back, the more likely they stay. Cases that miss these targets are shown as overdue.</source>
        <translation>客户越早得到回应，越可能留下来。超过这些时限的案件会显示为逾期。</translation>
    </message>
    <message>
        <source>&amp;Acknowledge a complaint within:</source>
        <translation>受理投诉时限(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Resolve a complaint within:</source>
        <translation>解决投诉时限(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Follow up after a remedy:</source>
        <translation>补救后回访间隔(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Money and hours</source>
        <translation>货币和营业时间(&amp;M)</translation>
    </message>
    <message>
        <source>The monthly summary counts complaints received outside these hours separately.</source>
        <translation>月度总结会单独统计在营业时间以外收到的投诉。</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C)：</translation>
    </message>
    <message>
        <source>Opens a&amp;t:</source>
        <translation type="vanished">开门时间(&amp;T)：</translation>
    </message>
    <message>
        <source>Closes at:</source>
        <translation>关门时间：</translation>
    </message>
    <message>
        <source>It must close after it opens.</source>
        <translation>关门时间必须晚于开门时间。</translation>
    </message>
    <message>
        <source>Tar&amp;gets</source>
        <translation>时限目标(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Default letter language:</source>
        <translation>信件默认语言(&amp;D)：</translation>
    </message>
    <message>
        <source>Ta&amp;rgets</source>
        <translation type="vanished">时限目标(&amp;R)</translation>
    </message>
    <message>
        <source>Default &amp;letter language:</source>
        <translation type="vanished">信件默认语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Opens at:</source>
        <translation>开门时间(&amp;O)：</translation>
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
    <name>ShopForm</name>
    <message>
        <source>Shop &amp;name:</source>
        <translation>店名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <source>As printed on your letters</source>
        <translation>印在信件上的名称</translation>
    </message>
    <message>
        <source>&amp;Choose image…</source>
        <translation>选择图片(&amp;C)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>选择标志图片</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>移除标志</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <source>This file is not an image Amends can read. Use PNG or JPEG.</source>
        <translation>Amends 无法读取此图片文件，请使用 PNG 或 JPEG。</translation>
    </message>
    <message>
        <source>Choose the shop logo</source>
        <translation>选择店铺标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 毫米）</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter（8.5 × 11 英寸）</translation>
    </message>
</context>
<context>
    <name>Speed</name>
    <message>
        <source>Within target</source>
        <translation>在时限内</translation>
    </message>
    <message>
        <source>Late or never</source>
        <translation>超时或未确认</translation>
    </message>
    <message>
        <source>Within 1 day</source>
        <translation>1 天内</translation>
    </message>
    <message>
        <source>Within 3 days</source>
        <translation>3 天内</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>7 天内</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>更久</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>未解决</translation>
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
    <name>StaffPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Untick a colleague who has left. Their past cases keep their name.</source>
        <translation>同事离职后取消勾选即可，他们经手的案件仍保留其姓名。</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>New colleague&apos;s name</source>
        <translation>新同事姓名</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Amends</source>
        <translation>Amends</translation>
    </message>
    <message>
        <source>The archive is in use by {holder}. Wait for it to finish, then start Amends again.</source>
        <translation>档案正被{holder}使用。请等它结束后再启动 Amends。</translation>
    </message>
    <message>
        <source>The archive is damaged</source>
        <translation>档案已损坏</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>已恢复备份</translation>
    </message>
    <message>
        <source>The archive file is empty (0 bytes): its content has been lost.</source>
        <translation>档案是空的（0 字节）：其中的内容已经丢失。</translation>
    </message>
    <message>
        <source>Amends cannot create the folder {folder} ({reason}). If it is on a USB stick or an external disk, plug it in; otherwise ask whoever looks after this PC for permission to write there. Then start Amends again.</source>
        <translation>Amends 无法创建文件夹 {folder}（{reason}）。如果它在 U 盘或移动硬盘上，请先插好；否则请让负责这台电脑的人给您在那里写入的权限。然后重新启动 Amends。</translation>
    </message>
    <message>
        <source>The backup {details} is now your archive. The damaged file was kept as {aside}.</source>
        <translation>{details}的备份现在是您的档案。损坏的文件已保留为 {aside}。</translation>
    </message>
    <message>
        <source>The archive&apos;s folder is read-only</source>
        <translation>档案所在的文件夹是只读的</translation>
    </message>
    <message>
        <source>Amends may not save in {folder}, and there is no archive there to look at. If it is a USB stick with a write-protect switch, slide it to unlocked; otherwise ask whoever looks after this PC for permission to write there. Nothing was changed.</source>
        <translation>Amends 不能在 {folder} 中保存，那里也没有可查看的档案。如果是带写保护开关的 U 盘，请把开关拨到解锁；否则请让负责这台电脑的人给您在那里写入的权限。没有做任何更改。</translation>
    </message>
    <message>
        <source>Amends may not save in {folder} (a write-protected USB stick or disk, or a folder you have no permission for). It can open the archive read-only: you can look at cases, print and export, but not change anything. Open it read-only?</source>
        <translation>Amends 不能在 {folder} 中保存（写保护的 U 盘或磁盘，或您没有权限的文件夹）。可以以只读方式打开档案：您可以查看案例、打印和导出，但不能修改任何内容。以只读方式打开吗？</translation>
    </message>
    <message>
        <source>Amends cannot create the folder {folder} ({reason}). Start it with another folder: amends --data-dir DIR</source>
        <translation type="vanished">Amends 无法创建文件夹 {folder}（{reason}）。请换一个文件夹启动：amends --data-dir 文件夹</translation>
    </message>
    <message>
        <source>Amends may not save in {folder}, so it cannot keep your records safe there. Ask for write permission on that folder, or start Amends with another one (amends --data-dir DIR). Nothing was changed.</source>
        <translation type="vanished">Amends 无权在 {folder} 中保存，无法在那里妥善保管您的记录。请申请该文件夹的写入权限，或换一个文件夹启动 Amends（amends --data-dir 文件夹）。没有任何改动。</translation>
    </message>
    <message>
        <source>{problem}

No usable backup was found in {folder}. If you keep backups elsewhere (a USB stick), restore one with: amends restore FILE. The damaged file {path} is left untouched.</source>
        <translation type="vanished">{problem}

在 {folder} 中没有找到可用的备份。如果您把备份放在别处（例如 U 盘），可以用以下命令恢复：amends restore 文件。损坏的文件 {path} 保持原样，未作改动。</translation>
    </message>
    <message>
        <source>{problem}

Restore the latest good backup, taken {when} ({customers} customers, {complaints} complaints)? Records saved after it will be missing. The damaged file is kept beside the archive for an expert.</source>
        <translation type="vanished">{problem}

要恢复最近一次完好的备份吗？备份时间 {when}（{customers} 位客户，{complaints} 条投诉）。此后保存的记录将会缺失。损坏的文件会保留在档案旁边，供专业人员检查。</translation>
    </message>
    <message>
        <source>The backup of {when} is now your archive. The damaged file was kept as {aside}.</source>
        <translation type="vanished">{when} 的备份现在是您的档案。损坏的文件已另存为 {aside}。</translation>
    </message>
    <message>
        <source>Amends may not save in {folder}, and there is no archive there to look at. Ask for write permission on that folder, or start Amends with another one (amends --data-dir DIR). Nothing was changed.</source>
        <translation type="vanished">Amends 不能在 {folder} 中保存，而且那里没有可查看的档案。请申请该文件夹的写入权限，或用另一个文件夹启动 Amends（amends --data-dir DIR）。没有做任何更改。</translation>
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
    <name>SummaryDialog</name>
    <message>
        <source>Monthly recovery summary</source>
        <translation>月度补救总结</translation>
    </message>
    <message>
        <source>Make the summary</source>
        <translation>生成总结</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="vanished">月份</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="vanished">语言</translation>
    </message>
    <message>
        <source>The summary could not be made: {error}</source>
        <translation type="vanished">无法生成总结：{error}</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Monthly recovery summary {month} {language}</source>
        <translation>月度投诉补救报告 {month} {language}</translation>
    </message>
</context>
<context>
    <name>SummaryInsights</name>
    <message>
        <source>Satisfaction after recovery and what drives it</source>
        <translation>补救后的满意度及其影响因素</translation>
    </message>
    <message>
        <source>{start} to {end}: {csat} of {n} scored follow-up answers were 4 or 5 out of 5; {back} of {asked} customers asked said they will come back.</source>
        <translation>{start} 至 {end}：{n} 个有评分的回访回答中，{csat} 为 5 分制的 4 或 5 分；被问到的 {asked} 位客户中 {back} 表示会再来。</translation>
    </message>
    <message>
        <source>{start} to {end}: only {n} scored follow-up answers, too few for a percentage.</source>
        <translation>{start} 至 {end}：有评分的回访回答只有 {n} 个，太少，不计算百分比。</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Will come back</source>
        <translation>会再来</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>Values with fewer than {min} scored answers are left out ({hidden} of them).</source>
        <translation>评分回答少于 {min} 个的取值未列出（共 {hidden} 个）。</translation>
    </message>
    <message>
        <source>Improvements and their effect</source>
        <translation>改进措施及其效果</translation>
    </message>
    <message>
        <source>No improvement recorded yet.</source>
        <translation>尚未记录任何改进措施。</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>效果</translation>
    </message>
    <message>
        <source>How the warnings decide</source>
        <translation>预警如何判断</translation>
    </message>
    <message>
        <source>A cause recurs when it came in each of the last three 30-day spans, at least 6 times in all, and no improvement addresses it.</source>
        <translation>某原因“反复出现”是指：最近三个 30 天每段都有该原因的投诉，合计至少 6 次，且没有针对它的改进措施。</translation>
    </message>
    <message>
        <source>An improvement&apos;s effect compares the cause&apos;s complaints a month in the 180 days before it was done with those since; it is judged only after 60 days and when at least 5 would have come at the old rate. It fell when so few would come by chance less than once in 20; it is without effect when as many came as before.</source>
        <translation>改进措施的效果：比较该原因在措施完成前 180 天与完成后的每月投诉数；完成满 60 天、且按原来的水平应至少有 5 次投诉时才作判断。偶然出现这么少的机会不到二十分之一时算“已下降”；投诉与以前一样多时算“没有效果”。</translation>
    </message>
    <message>
        <source>Satisfied: answers of 4 or 5 out of 5 at the last follow-up of each case. Speed: acknowledged by the target time or not; received to first closed in calendar days.</source>
        <translation>满意：每个案件最后一次回访中 5 分制的 4 或 5 分。速度：是否在时限内确认受理；从收到投诉到首次结案的自然日数。</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>此后</translation>
    </message>
    <message>
        <source>Before and Since: the cause&apos;s complaints a month, with in brackets the number of complaints the rate rests on.</source>
        <translation>之前、此后：该原因每月的投诉数；括号内是这个数所依据的投诉件数。</translation>
    </message>
    <message>
        <source>A cause is rising when the last 30 days brought at least 5 of its complaints and far more than usual: at its own average over the six 30-day spans before, so many would come by chance less than once in 100 times (a Poisson test at the 1% level). A small cause going from 1 to 3 therefore raises no alarm.</source>
        <translation>某原因“上升”是指：近 30 天该原因的投诉至少 5 次，而且远高于平常——按它之前六个 30 天的平均水平，偶然出现这么多的概率不到百分之一，即显著性水平为 1% 的泊松检验。因此一个小原因从 1 次变成 3 次不会触发预警。</translation>
    </message>
    <message>
        <source>A customer is at risk when they complained at least twice in 12 months and a case is still open; when their last follow-up of the past 90 days scored 1 or 2 out of 5 or said they will not come back; when they are a key or special-care customer whose open case is past its target; or when they complain again after a case closed not recovered.</source>
        <translation>客户“有流失风险”是指：12 个月内投诉至少两次且仍有案件未结；或近 90 天最后一次回访按 5 分制只打了 1 或 2 分，或表示不会再来；或主力客户、重点关怀客户的未结案件已超过目标期限；或上一件案件以“未挽回”结案后再次投诉。</translation>
    </message>
    <message>
        <source>A promise is overdue when an agreed remedy is not carried out by the date promised, or when a remedy was given 30 to 90 days ago and nobody has followed it up.</source>
        <translation>“承诺逾期”是指：已商定的补救到了承诺日期仍未实施；或补救已在 30 到 90 天前完成，却没有人回访。</translation>
    </message>
    <message>
        <source>A warning dismissed with a reason stays hidden until the situation gets worse.</source>
        <translation>注明理由忽略的预警会一直隐藏，直到情况变得更糟。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="vanished">完成日期</translation>
    </message>
    <message>
        <source>Before (a month)</source>
        <translation type="vanished">之前（每月）</translation>
    </message>
    <message>
        <source>Since (a month)</source>
        <translation type="vanished">之后（每月）</translation>
    </message>
    <message>
        <source>A cause is rising when the last 30 days brought at least 5 of its complaints and, at its average over the six 30-day spans before, so many would come by chance less than once in 100 (a Poisson test at the 1% level).</source>
        <translation type="vanished">某原因“上升”是指：近 30 天该原因的投诉至少 5 次，而且按它之前六个 30 天的平均水平，偶然出现这么多的机会不到百分之一（显著性水平 1% 的泊松检验）。</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Letter templates</source>
        <translation>信函模板</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="vanished">信函</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="vanished">语言</translation>
    </message>
    <message>
        <source>Your own wording</source>
        <translation>自定义措辞</translation>
    </message>
    <message>
        <source>The wording Amends ships with</source>
        <translation>Amends 自带的默认措辞</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>未保存：</translation>
    </message>
    <message>
        <source>Insert…</source>
        <translation>插入…</translation>
    </message>
    <message>
        <source>Placeholder (a value of the case)</source>
        <translation>占位符（案件中的一项内容）</translation>
    </message>
    <message>
        <source>Condition (a sentence only for some cases)</source>
        <translation>条件（只对部分案件出现的句子）</translation>
    </message>
    <message>
        <source>if {0}  —  {1}</source>
        <translation>如果 {0}  —  {1}</translation>
    </message>
    <message>
        <source>Preview for case</source>
        <translation type="vanished">预览所用案件</translation>
    </message>
    <message>
        <source>Paragraphs are separated by a blank line. &apos;# &apos; starts the subject line, &apos;&gt; &apos; a quoted passage. A paragraph is left out when one of its placeholders has no value for the case; a sentence between {% if … %} and {% endif %} is printed only when the condition holds for the case. Insert… lists what you can use.</source>
        <translation>段落之间空一行。以“# ”开头的是标题行，以“&gt; ”开头的是引用段落。某个占位符在该案件中没有内容时，整段不打印；写在 {% if … %} 和 {% endif %} 之间的句子只在条件成立时打印。“插入…”列出可以使用的内容。</translation>
    </message>
    <message>
        <source>This template cannot be printed yet:</source>
        <translation>这个模板还不能打印：</translation>
    </message>
    <message>
        <source>Paragraphs are separated by a blank line. &apos;# &apos; starts the subject line, &apos;&gt; &apos; a quoted passage. A paragraph is left out when one of its placeholders has no value for the case. Double-click a placeholder to insert it.</source>
        <translation type="vanished">段落之间用空行分隔。以“# ”开头的是标题行，以“&gt; ”开头的是引用段落。某段中的占位符在该案件中没有内容时，这一段会被省略。双击占位符即可插入。</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation type="vanished">占位符</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>信函：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Preview for case:</source>
        <translation>预览所用案件：</translation>
    </message>
</context>
<context>
    <name>TemplateProblem</name>
    <message>
        <source>Line {0}: write {{% if NAME %}}, {{% else %}} or {{% endif %}}.</source>
        <translation>第 {0} 行：请写 {{% if 名称 %}}、{{% else %}} 或 {{% endif %}}。</translation>
    </message>
    <message>
        <source>Line {0}: {{% if %}} needs one name, e.g. {{% if remedies_done %}}.</source>
        <translation>第 {0} 行：{{% if %}} 需要一个名称，例如 {{% if remedies_done %}}。</translation>
    </message>
    <message>
        <source>Line {0}: unknown name “{1}” in {{% if %}} - did you mean “{2}”?</source>
        <translation>第 {0} 行：{{% if %}} 中的名称“{1}”不存在——您是想写“{2}”吗？</translation>
    </message>
    <message>
        <source>Line {0}: unknown name “{1}” in {{% if %}}.</source>
        <translation>第 {0} 行：{{% if %}} 中的名称“{1}”不存在。</translation>
    </message>
    <message>
        <source>Line {0}: {{% {1} %}} takes no name.</source>
        <translation>第 {0} 行：{{% {1} %}} 后面不能写名称。</translation>
    </message>
    <message>
        <source>Line {0}: {{% {1} %}} without an {{% if %}} before it.</source>
        <translation>第 {0} 行：{{% {1} %}} 前面没有对应的 {{% if %}}。</translation>
    </message>
    <message>
        <source>Line {0}: {{% if %}} is never closed with {{% endif %}}.</source>
        <translation>第 {0} 行：{{% if %}} 没有用 {{% endif %}} 结束。</translation>
    </message>
    <message>
        <source>Unknown placeholder {0} - did you mean {1}?</source>
        <translation>未知的占位符 {0}——您是想写 {1} 吗？</translation>
    </message>
    <message>
        <source>Unknown placeholder {0}</source>
        <translation>未知的占位符 {0}</translation>
    </message>
    <message>
        <source>{0} must be a paragraph on its own.</source>
        <translation>{0} 必须单独成为一段。</translation>
    </message>
    <message>
        <source>Broken braces in “{0}”: every {{ needs a }} and a name between them. Write {{{{ and }}}} for a literal brace.</source>
        <translation>“{0}”中的花括号不完整：每个 {{ 都要有对应的 }}，中间写名称。要打印花括号本身，请写 {{{{ 和 }}}}。</translation>
    </message>
    <message>
        <source>The template is empty.</source>
        <translation>模板是空的。</translation>
    </message>
</context>
<context>
    <name>Tenure</name>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Established customer</source>
        <translation>老客户</translation>
    </message>
    <message>
        <source>Loyal long-standing customer</source>
        <translation>忠诚的老客户</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Complaint recorded</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>案件重新打开</translation>
    </message>
    <message>
        <source>Recorded automatically</source>
        <translation>系统自动记录</translation>
    </message>
    <message>
        <source>Case details corrected</source>
        <translation>更正案件信息</translation>
    </message>
    <message>
        <source>Case deleted</source>
        <translation>删除案件</translation>
    </message>
    <message>
        <source>Case restored</source>
        <translation>恢复案件</translation>
    </message>
    <message>
        <source>Customer records merged</source>
        <translation>合并客户记录</translation>
    </message>
    <message>
        <source>Remedy added</source>
        <translation>添加补救措施</translation>
    </message>
    <message>
        <source>Remedy changed</source>
        <translation>修改补救措施</translation>
    </message>
    <message>
        <source>Follow-up planned</source>
        <translation>安排回访</translation>
    </message>
    <message>
        <source>Follow-up rescheduled</source>
        <translation>回访改期</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>完成回访</translation>
    </message>
    <message>
        <source>Follow-up cancelled</source>
        <translation>取消回访</translation>
    </message>
    <message>
        <source>Recovery step ticked</source>
        <translation>勾选补救步骤</translation>
    </message>
    <message>
        <source>Recovery step unticked</source>
        <translation>取消勾选补救步骤</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Letter made</source>
        <translation>生成信函</translation>
    </message>
    <message>
        <source>Customer added</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <source>Customer details changed</source>
        <translation>修改客户信息</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Remedy removed</source>
        <translation>补救已移除</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>已重做</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Typography</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Record complaint {ref}</source>
        <translation>登记投诉 {ref}</translation>
    </message>
    <message>
        <source>Move case {ref} to {status}</source>
        <translation>将案件 {ref} 改为“{status}”</translation>
    </message>
    <message>
        <source>Delete case {ref}</source>
        <translation>删除案件 {ref}</translation>
    </message>
    <message>
        <source>Restore case {ref}</source>
        <translation>恢复案件 {ref}</translation>
    </message>
    <message>
        <source>Change the diagnosis of {ref}</source>
        <translation>修改 {ref} 的诊断</translation>
    </message>
    <message>
        <source>Tick a step of {ref}</source>
        <translation>勾选 {ref} 的一个步骤</translation>
    </message>
    <message>
        <source>Untick a step of {ref}</source>
        <translation>取消勾选 {ref} 的一个步骤</translation>
    </message>
    <message>
        <source>Attach a file to {ref}</source>
        <translation>为 {ref} 添加附件</translation>
    </message>
    <message>
        <source>Add a remedy to {ref}</source>
        <translation>为 {ref} 添加补救</translation>
    </message>
    <message>
        <source>Edit a remedy of {ref}</source>
        <translation>编辑 {ref} 的补救</translation>
    </message>
    <message>
        <source>Remove a remedy from {ref}</source>
        <translation>移除 {ref} 的补救</translation>
    </message>
    <message>
        <source>Plan a follow-up of {ref}</source>
        <translation>计划 {ref} 的回访</translation>
    </message>
    <message>
        <source>Reschedule a follow-up of {ref}</source>
        <translation>为 {ref} 的回访改期</translation>
    </message>
    <message>
        <source>Cancel a follow-up of {ref}</source>
        <translation>取消 {ref} 的回访</translation>
    </message>
    <message>
        <source>Record a follow-up of {ref}</source>
        <translation>记录 {ref} 的回访结果</translation>
    </message>
    <message>
        <source>Edit customer {name}</source>
        <translation>编辑顾客 {name}</translation>
    </message>
    <message>
        <source>Merge {name} into {into}</source>
        <translation>将 {name} 合并到 {into}</translation>
    </message>
    <message>
        <source>Change the settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Change the staff</source>
        <translation>修改员工</translation>
    </message>
    <message>
        <source>Import {count} rows</source>
        <translation>导入 {count} 行</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>上一次修改</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Amends is locked</source>
        <translation>Amends 已锁定</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password to open Amends:</source>
        <translation>打开 Amends 的密码：</translation>
    </message>
    <message>
        <source>That is not the password. Try again.</source>
        <translation>密码不对，请再试一次。</translation>
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
        <source>Not an amount of money.</source>
        <translation>不是有效的金额。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount is at most {limit}.</source>
        <translation>金额最多为 {limit}。</translation>
    </message>
    <message>
        <source>This date is more than a year ahead.</source>
        <translation>这个日期在一年以后了。</translation>
    </message>
    <message>
        <source>Please choose one.</source>
        <translation>请选择一项。</translation>
    </message>
    <message>
        <source>Choose from 1 to 5.</source>
        <translation>请在 1 到 5 之间选择。</translation>
    </message>
    <message>
        <source>The next follow-up must come after this one.</source>
        <translation>下一次回访必须在这次之后。</translation>
    </message>
    <message>
        <source>A follow-up cannot be due before the complaint was received.</source>
        <translation>回访日期不能早于收到投诉的时间。</translation>
    </message>
    <message>
        <source>The file is {size} MB; attachments may be at most {limit} MB. Scale the picture down or choose a smaller file.</source>
        <translation>文件大小为 {size} MB，附件最大 {limit} MB。请缩小图片或选择较小的文件。</translation>
    </message>
    <message>
        <source>Only pictures (PNG, JPEG, GIF, WebP) and PDF files can be attached.</source>
        <translation>只能添加图片（PNG、JPEG、GIF、WebP）和 PDF 文件作为附件。</translation>
    </message>
    <message>
        <source>The preview picture is too large.</source>
        <translation>预览图太大了。</translation>
    </message>
    <message>
        <source>Choose two different customers to merge.</source>
        <translation>请选择两个不同的客户进行合并。</translation>
    </message>
    <message>
        <source>One of these customers no longer exists or was already merged.</source>
        <translation>其中一位客户已不存在或已被合并。</translation>
    </message>
    <message>
        <source>This follow-up is already done; plan a new one instead.</source>
        <translation>这次回访已经完成，请另外安排一次新的回访。</translation>
    </message>
    <message>
        <source>No column is chosen for: {fields}</source>
        <translation>以下字段还没有选定列：{fields}</translation>
    </message>
    <message>
        <source>the same phone number is already on line {line}</source>
        <translation>同一个电话号码已在第 {line} 行出现</translation>
    </message>
    <message>
        <source>a customer with this phone number is already in the archive</source>
        <translation>档案中已有使用这个电话号码的客户</translation>
    </message>
    <message>
        <source>give the customer&apos;s phone or name</source>
        <translation>请填写客户的电话或姓名</translation>
    </message>
    <message>
        <source>“{ref}” is not a reference like 2026-0001</source>
        <translation>“{ref}”不是像 2026-0001 这样的编号</translation>
    </message>
    <message>
        <source>{ref} is already on line {line}</source>
        <translation>{ref} 已在第 {line} 行出现</translation>
    </message>
    <message>
        <source>{ref} is already in the archive</source>
        <translation>{ref} 已在档案中</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK/GB18030 text. Save it again from Excel as “CSV UTF-8”.</source>
        <translation>这个文件既不是 UTF-8 也不是 GBK/GB18030 文本。请在 Excel 中另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>Line {line} cannot be read: {error}</source>
        <translation>第 {line} 行无法读取：{error}</translation>
    </message>
    <message>
        <source>“{text}” is not one of: {choices}</source>
        <translation>“{text}”不是以下之一：{choices}</translation>
    </message>
    <message>
        <source>“{text}” is not a date (write it as 2026-11-02 10:30)</source>
        <translation>“{text}”不是日期（请写成 2026-11-02 10:30）</translation>
    </message>
    <message>
        <source>“{text}” is not a real date</source>
        <translation>“{text}”不是有效的日期</translation>
    </message>
    <message>
        <source>Excel turned this phone number into a number (1.38E+10); format the column as Text in Excel and save again</source>
        <translation>Excel 把这个电话号码变成了数字（1.38E+10）；请在 Excel 中把这一列设为“文本”格式后重新保存</translation>
    </message>
</context>
<context>
    <name>WarningKind</name>
    <message>
        <source>Customer at risk</source>
        <translation>客户有流失风险</translation>
    </message>
    <message>
        <source>Promise overdue</source>
        <translation>承诺逾期</translation>
    </message>
    <message>
        <source>Cause rising</source>
        <translation>原因上升</translation>
    </message>
    <message>
        <source>Cause recurring, no improvement</source>
        <translation>原因反复出现，无改进</translation>
    </message>
    <message>
        <source>Improvement without effect</source>
        <translation>改进没有效果</translation>
    </message>
</context>
<context>
    <name>WatchListPage</name>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Customer / cause</source>
        <translation>客户 / 原因</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="vanished">理由</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="vanished">下一步</translation>
    </message>
    <message>
        <source>Why, and the next step</source>
        <translation>理由与下一步</translation>
    </message>
    <message>
        <source>Why is this warning not needed now?</source>
        <translation>为什么现在不需要这条预警？</translation>
    </message>
    <message>
        <source>Reason for dismissing</source>
        <translation>忽略的理由</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <source>What worked before</source>
        <translation>以往有效的做法</translation>
    </message>
    <message>
        <source>Reading the warnings…</source>
        <translation>正在读取预警…</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to look at.</source>
        <translation>
            <numerusform>有 %n 条预警需要查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to warn about.</source>
        <translation>目前没有需要预警的情况。</translation>
    </message>
    <message>
        <source>Select a warning about a case.</source>
        <translation>请选择一条与案件相关的预警。</translation>
    </message>
    <message>
        <source>Looking for similar complaints…</source>
        <translation>正在查找相似的投诉…</translation>
    </message>
    <message>
        <source>No similar closed complaint yet.</source>
        <translation>还没有相似的已结案投诉。</translation>
    </message>
    <message>
        <source>no remedy recorded</source>
        <translation>未记录补救</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>已挽回</translation>
    </message>
    <message>
        <source>not recovered</source>
        <translation>未挽回</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Amends</source>
        <translation>欢迎使用 Amends</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome!&lt;/b&gt; Tell Amends about your shop; it goes on every letter you print. You can change all of this later under Settings.</source>
        <translation>&lt;b&gt;欢迎！&lt;/b&gt;请填写店铺信息，它会出现在您打印的每一封信上。以后可以随时在“设置”中修改。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>您的店铺</translation>
    </message>
    <message>
        <source>Staff and printing</source>
        <translation>员工和打印</translation>
    </message>
    <message>
        <source>One name per line, e.g.
Li Na
Wang Qiang</source>
        <translation>每行一个姓名，例如：
李娜
王强</translation>
    </message>
    <message>
        <source>Staff names, one per line</source>
        <translation>员工姓名，每行一个</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <source>Open the &amp;demo shop</source>
        <translation>打开演示店铺(&amp;D)</translation>
    </message>
    <message>
        <source>Fill this archive with an invented café and a year of complaints, to look around.</source>
        <translation>在档案中填入一家虚构的咖啡店和一年的投诉记录，方便您先熟悉一下。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>Filling the demo shop, a few seconds…</source>
        <translation>正在填充演示店铺，请稍候几秒…</translation>
    </message>
    <message>
        <source>The demo shop could not be filled: {error}</source>
        <translation>无法填充演示店铺：{error}</translation>
    </message>
    <message>
        <source>The demo shop opens in a window of its own; your archive stays as it is. Set up your shop here when you are ready, or click Later.</source>
        <translation>演示店铺将在单独的窗口中打开，您的档案保持不变。准备好后在这里设置您的店铺，或点击“以后再说”。</translation>
    </message>
    <message>
        <source>The demo shop is ready but its window could not be opened: choose File › Open the demo shop in the main window.</source>
        <translation>演示店铺已生成，但无法打开它的窗口：请在主窗口中选择“文件 › 打开演示店铺”。</translation>
    </message>
    <message>
        <source>S&amp;taff names:</source>
        <translation>员工姓名(&amp;T)：</translation>
    </message>
    <message>
        <source>Pape&amp;r size:</source>
        <translation>纸张大小(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Staff names:</source>
        <translation type="vanished">员工姓名(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation type="vanished">纸张大小(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>YesNoCombo</name>
    <message>
        <source>Not known yet</source>
        <translation>尚不清楚</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>_ReadOnlyNote</name>
    <message>
        <source>Opened read-only</source>
        <translation>已以只读方式打开</translation>
    </message>
    <message>
        <source>This archive is open read-only, so nothing was changed. You can look at cases, print and export. To make changes, copy the archive folder to a disk you can write to and start Amends with that folder.</source>
        <translation>此档案以只读方式打开，因此没有任何更改。您可以查看案例、打印和导出。如需修改，请把档案文件夹复制到可写入的磁盘，再用该文件夹启动 Amends。</translation>
    </message>
</context>
</TS>
