<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
        <translation>開啟案件(&amp;C)</translation>
    </message>
    <message>
        <source>Print &amp;job tag</source>
        <translation>列印維修標籤(&amp;J)</translation>
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
        <translation type="vanished">無法開啟檔案，Amends 無法啟動。</translation>
    </message>
</context>
<context>
    <name>Archives</name>
    <message>
        <source>Demo shop</source>
        <translation>演示店鋪</translation>
    </message>
</context>
<context>
    <name>AttachmentsStrip</name>
    <message>
        <source>Drop photos, a scanned receipt or the customer&apos;s letter here (PNG, JPEG, GIF, WebP, PDF; up to 10 MB).</source>
        <translation>把照片、掃描的小票或客戶來信拖到這裡（PNG、JPEG、GIF、WebP、PDF；最大 10 MB）。</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>新增檔案…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>新增附件</translation>
    </message>
    <message>
        <source>Pictures and PDF (*.png *.jpg *.jpeg *.gif *.webp *.pdf)</source>
        <translation>圖片和 PDF (*.png *.jpg *.jpeg *.gif *.webp *.pdf)</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Backup skipped</source>
        <translation>已跳過備份</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>更改資料夾…</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>備份時間</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶數</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投訴數</translation>
    </message>
    <message>
        <source>Last complaint</source>
        <translation>最近一次投訴</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>檢查結果</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢復(&amp;R)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Backups are kept in %1</source>
        <translation>備份儲存在 %1</translation>
    </message>
    <message>
        <source>Safety copy before a restore</source>
        <translation>恢復前的安全副本</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>檢查中…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Not restored: the archive is in use by %1. Close it and try again.</source>
        <translation>未恢復：檔案正被 %1 使用。請關閉後重試。</translation>
    </message>
    <message>
        <source>Restored. The archive as it was is kept in %1 (listed here: restore it to undo).</source>
        <translation>已恢復。恢復前的檔案儲存在 %1（列在此處：恢復它即可撤銷）。</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>已損壞</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在備份…</translation>
    </message>
    <message>
        <source>Backed up: %1 customers, %2 complaints. The check passed.</source>
        <translation>已備份：%1 位客戶，%2 條投訴。檢查通過。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢復</translation>
    </message>
    <message>
        <source>A backup of another shop</source>
        <translation>另一家店的備份</translation>
    </message>
    <message>
        <source>This backup is of the shop “%1”, but this archive is “%2”. Restore it anyway? The archive as it is now is kept as a safety copy.</source>
        <translation>這個備份屬於店鋪“%1”，而當前檔案是“%2”。仍要恢復嗎？當前的檔案會先儲存為安全副本。</translation>
    </message>
    <message>
        <source>Restore anyway</source>
        <translation>仍然恢復</translation>
    </message>
    <message>
        <source>Restoring… (a safety copy is made first)</source>
        <translation>正在恢復…（先製作安全副本）</translation>
    </message>
    <message>
        <source>Replace the archive by the backup taken %1 (%2 customers, %3 complaints, last complaint %4)? Everything saved after it will be gone from the archive; a safety copy of the archive as it is now is kept first.</source>
        <translation>要用 %1 的備份（%2 位客戶，%3 條投訴，最近一次投訴 %4）替換當前檔案嗎？此後儲存的所有內容都將從檔案中消失；替換前會先為當前檔案保留一份安全副本。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢復備份</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>備份資料夾</translation>
    </message>
    <message>
        <source>Restored. The archive as it was is kept in %1</source>
        <translation type="vanished">已恢復。原來的檔案儲存在 %1</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>There is no archive in {folder}. Check --data-dir; nothing was created. A new archive is made only by the Amends window, amends demo or amends import.</source>
        <translation>{folder} 中沒有檔案。請檢查 --data-dir；沒有建立任何檔案。只有 Amends 視窗、amends demo 或 amends import 會新建檔案。</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: --data-dir names the folder that holds amends.db.</source>
        <translation>{folder} 是一個檔案，不是資料夾：--data-dir 應指向存放 amends.db 的資料夾。</translation>
    </message>
    <message>
        <source>it is empty: name the folder that holds amends.db</source>
        <translation>它是空的：請寫出存放 amends.db 的資料夾</translation>
    </message>
    <message>
        <source>The archive {path} is damaged; it was not changed ({detail}). See what is wrong with: amends check --data-dir &quot;{folder}&quot;. Then restore the newest good backup with: amends restore BACKUP --data-dir &quot;{folder}&quot;.</source>
        <translation>檔案 {path} 已損壞，未作任何改動（{detail}）。檢視問題所在：amends check --data-dir &quot;{folder}&quot;。然後恢復最新的完好備份：amends restore BACKUP --data-dir &quot;{folder}&quot;。</translation>
    </message>
    <message>
        <source>The archive&apos;s folder {folder} cannot be written to, so nothing was saved ({detail}).</source>
        <translation>檔案所在的資料夾 {folder} 無法寫入，因此沒有儲存任何內容（{detail}）。</translation>
    </message>
    <message>
        <source>The archive stayed busy for {seconds} s: another program (the Amends window or another amends command) kept it locked. Nothing was written; try again when it has finished.</source>
        <translation>檔案持續忙碌了 {seconds} 秒：另一個程式（Amends 視窗或另一個 amends 命令）一直鎖定著它。沒有寫入任何內容；請等它完成後再試。</translation>
    </message>
    <message>
        <source>Waiting for the archive: another program (the Amends window or another amends command) is saving… (up to {seconds} s; Ctrl+C stops)</source>
        <translation>正在等待檔案：另一個程式（Amends 視窗或另一個 amends 命令）正在儲存……（最多 {seconds} 秒；按 Ctrl+C 停止）</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>磁碟已滿，因此沒有儲存任何內容。請釋放一些空間後再試。</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder or medium is write-protected.</source>
        <translation>無法寫入 {path}：該資料夾或介質受防寫。</translation>
    </message>
    <message>
        <source>Cannot use {path}: {reason}.</source>
        <translation>無法使用 {path}：{reason}。</translation>
    </message>
    <message>
        <source>An unexpected error stopped the command, and nothing more was done ({detail}). Please report it to whoever looks after Amends for you.</source>
        <translation>意外錯誤使命令停止，之後沒有再做任何操作（{detail}）。請告知為您維護 Amends 的人。</translation>
    </message>
    <message>
        <source>cannot write {out}: {reason}</source>
        <translation>無法寫入 {out}：{reason}</translation>
    </message>
    <message>
        <source>The letter was not logged on its case: the archive is read-only here.</source>
        <translation>這封信沒有記錄到其案件中：此處的檔案是隻讀的。</translation>
    </message>
    <message>
        <source>The letter could not be logged on its case, so it was not written to {out} either. {reason}</source>
        <translation>這封信無法記錄到其案件中，因此也沒有寫入 {out}。{reason}</translation>
    </message>
    <message>
        <source>no case with the reference {ref}</source>
        <translation>沒有編號為 {ref} 的案件</translation>
    </message>
    <message>
        <source>{what} written to {out} ({size:,} bytes)</source>
        <translation>{what} 已寫入 {out}（{size:,} 位元組）</translation>
    </message>
    <message>
        <source>Case sheet of {ref}</source>
        <translation>投訴案卷 {ref}</translation>
    </message>
    <message>
        <source>Job tag of {ref}</source>
        <translation>返修標籤 {ref}</translation>
    </message>
    <message>
        <source>Blank intake form</source>
        <translation>空白投訴登記表</translation>
    </message>
    <message>
        <source>{path} already holds complaints; use an empty --data-dir.</source>
        <translation>{path} 中已有投訴；請用一個空的 --data-dir。</translation>
    </message>
    <message>
        <source>Demo shop written to {path}: {summary}</source>
        <translation>演示店鋪已寫入 {path}：{summary}</translation>
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
        <translation>即將到期</translation>
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
        <translation>客戶</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Nothing is due. Well done.</source>
        <translation>沒有到期的回訪。做得好！</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <source>give either CASE_REF with --kind, or --batch-follow-ups.</source>
        <translation>請給出 CASE_REF 和 --kind，或者 --batch-follow-ups。</translation>
    </message>
    <message>
        <source>the letter template cannot be used:
{error}</source>
        <translation>信函模板無法使用：
{error}</translation>
    </message>
    <message>
        <source>{count} letter(s) written to {out}</source>
        <translation>{count} 封信已寫入 {out}</translation>
    </message>
    <message>
        <source>--kind is required with CASE_REF.</source>
        <translation>給出 CASE_REF 時必須同時給出 --kind。</translation>
    </message>
    <message>
        <source>no case with reference {ref}.</source>
        <translation>沒有編號為 {ref} 的案件。</translation>
    </message>
    <message>
        <source>no staff member called {name} (known: {known}).</source>
        <translation>沒有名為 {name} 的員工（現有員工：{known}）。</translation>
    </message>
    <message>
        <source>--week {week} is not an ISO week like 2026-W48.</source>
        <translation>--week {week} 不是 2026-W48 這樣的 ISO 周。</translation>
    </message>
    <message>
        <source>Summary of {month} written to {out} ({size:,} bytes)</source>
        <translation>{month} 的月度總結已寫入 {out}（{size:,} 位元組）</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>無法讀取 {file}：{reason}</translation>
    </message>
    <message>
        <source>Imported {count} {kind} from {file} ({encoding}); {bad} bad row(s) left out.</source>
        <translation>已從 {file}（{encoding}）匯入 {count} 條 {kind}；跳過 {bad} 行有誤的資料。</translation>
    </message>
    <message>
        <source>--map {item}: {name} is not a field of {kind}.</source>
        <translation>--map {item}：{name} 不是 {kind} 的欄位。</translation>
    </message>
    <message>
        <source>--map {item}: there is no column {column}.</source>
        <translation>--map {item}：沒有 {column} 這一列。</translation>
    </message>
    <message>
        <source>Exported {kind} to {out}.</source>
        <translation>已將 {kind} 匯出到 {out}。</translation>
    </message>
    <message>
        <source>no follow-up letter is due up to {end}.</source>
        <translation>截至 {end} 沒有到期的回訪信。</translation>
    </message>
    <message>
        <source>warning: {ref}: these characters cannot be printed and show as □: {chars}</source>
        <translation>警告：{ref}：以下字元無法列印，會顯示為 □：{chars}</translation>
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
        <translation type="vanished">{start} 至 {end} 沒有到期的回訪。</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <source>No special care</source>
        <translation>無需特別關照</translation>
    </message>
    <message>
        <source>Loyal long-standing</source>
        <translation>忠誠的老客戶</translation>
    </message>
    <message>
        <source>Profitable large customer</source>
        <translation>盈利的大客戶</translation>
    </message>
    <message>
        <source>Small with potential</source>
        <translation>有發展潛力的小客戶</translation>
    </message>
    <message>
        <source>Strategic new customer</source>
        <translation>有戰略意義的新客戶</translation>
    </message>
</context>
<context>
    <name>CaseCorrections</name>
    <message>
        <source>Remedy of case {ref} corrected.</source>
        <translation>案件 {ref} 的補救已更正。</translation>
    </message>
    <message>
        <source>Remedy removed from case {ref}; the removal is recorded.</source>
        <translation>已從案件 {ref} 移除補救；移除已記錄。</translation>
    </message>
    <message>
        <source>Follow-up of case {ref} rescheduled.</source>
        <translation>案件 {ref} 的回訪已改期。</translation>
    </message>
    <message>
        <source>Follow-up of case {ref} cancelled.</source>
        <translation>案件 {ref} 的回訪已取消。</translation>
    </message>
    <message>
        <source>Close case {ref}</source>
        <translation>關閉案件 {ref}</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) of this case are still planned. Cancel them as the case closes?</source>
        <translation>
            <numerusform>此案件還有 %n 個已計劃的回訪。關閉案件時一併取消嗎？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>Search text, reference, customer name or phone…  (Ctrl+F)</source>
        <translation>搜尋內容、編號、客戶姓名或電話…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>搜尋案件</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未結案件</translation>
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
        <translation>全部嚴重程度</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>收到日期從</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除篩選</translation>
    </message>
    <message>
        <source>At least {n} cases, counting…</source>
        <translation>至少 {n} 件案件，正在統計…</translation>
    </message>
    <message>
        <source>At least {n} cases</source>
        <translation>至少 {n} 件案件</translation>
    </message>
    <message>
        <source>Only {name}  ✕</source>
        <translation>僅 {name}  ✕</translation>
    </message>
    <message>
        <source>one customer</source>
        <translation>一位客戶</translation>
    </message>
    <message>
        <source>One customer only  ✕</source>
        <translation type="vanished">僅此客戶  ✕</translation>
    </message>
    <message>
        <source>Show every customer&apos;s cases again</source>
        <translation>重新顯示所有客戶的案件</translation>
    </message>
    <message>
        <source>Number of cases found</source>
        <translation>找到的案件數</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Any staff</source>
        <translation>全部員工</translation>
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
        <translation>應回訪日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>完成時間</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Recovery accepted</source>
        <translation>接受補救</translation>
    </message>
    <message>
        <source>Will return</source>
        <translation>還會再來</translation>
    </message>
    <message>
        <source>Still wrong / notes</source>
        <translation>仍有問題 / 備註</translation>
    </message>
    <message>
        <source>Record result…</source>
        <translation>記錄回訪結果…</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>安排回訪…</translation>
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
        <translation>取消回訪…</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Not acknowledged; the customer should have heard from us by {due}.</source>
        <translation>尚未受理；本應在 {due} 前給客戶回覆。</translation>
    </message>
    <message>
        <source>Not resolved; the target was {due}.</source>
        <translation>尚未解決；目標時間是 {due}。</translation>
    </message>
    <message>
        <source>Received {when}</source>
        <translation>收到於 {when}</translation>
    </message>
    <message>
        <source>Severity: {level}</source>
        <translation>嚴重程度：{level}</translation>
    </message>
    <message>
        <source>taken by {name}</source>
        <translation>接待人 {name}</translation>
    </message>
    <message>
        <source>reopened {n}×</source>
        <translation>重新開啟 {n} 次</translation>
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
        <translation>客戶頁面…</translation>
    </message>
    <message>
        <source>Their other complaints</source>
        <translation>該客戶的其他投訴</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>No consent to contact beyond this case</source>
        <translation>未同意在本案之外聯絡</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Ref</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到時間</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Product / service</source>
        <translation>產品 / 服務</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>尚未查明</translation>
    </message>
    <message>
        <source>Overdue: not acknowledged; the customer should have heard from us by {due}.</source>
        <translation>逾期未受理：客戶應在 {due} 之前得到我們的回覆。</translation>
    </message>
    <message>
        <source>Overdue: not resolved; the target was {due}.</source>
        <translation>逾期未解決：目標期限是 {due}。</translation>
    </message>
    <message>
        <source>Overdue: not acknowledged; the customer should have heard from us by %1.</source>
        <translation type="vanished">逾期未受理：客戶應在 %1 之前得到我們的回覆。</translation>
    </message>
    <message>
        <source>Overdue: not resolved; the target was %1.</source>
        <translation type="vanished">逾期未解決：目標期限是 %1。</translation>
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
        <translation>投訴案卷…</translation>
    </message>
    <message>
        <source>The whole case on paper, to print or save</source>
        <translation>整個案件的書面版本，可列印或儲存</translation>
    </message>
    <message>
        <source>Job tag…</source>
        <translation>返修標籤…</translation>
    </message>
    <message>
        <source>A label for an item the customer left with us</source>
        <translation>貼在顧客留下的物品上的標籤</translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation>刪除案件…</translation>
    </message>
    <message>
        <source>Customer page…</source>
        <translation type="vanished">客戶頁面…</translation>
    </message>
    <message>
        <source>Their other complaints</source>
        <translation type="vanished">該客戶的其他投訴</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>診斷</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Five recovery steps</source>
        <translation>補救五步</translation>
    </message>
    <message>
        <source>Remedies</source>
        <translation>補救措施</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>補救</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間線</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="vanished">客戶</translation>
    </message>
    <message>
        <source>Case {ref} · {name}</source>
        <translation>案件 {ref} · {name}</translation>
    </message>
    <message>
        <source>No consent to contact beyond this case</source>
        <translation type="vanished">未同意在本案之外聯絡</translation>
    </message>
    <message>
        <source>Case {ref}</source>
        <translation>案件 {ref}</translation>
    </message>
    <message>
        <source>This could not be done: {reason}</source>
        <translation>無法完成：{reason}</translation>
    </message>
    <message>
        <source>Case {ref} is now “{status}”.</source>
        <translation>案件 {ref} 現為“{status}”。</translation>
    </message>
    <message>
        <source>Diagnosis of case {ref} saved.</source>
        <translation>案件 {ref} 的診斷已儲存。</translation>
    </message>
    <message>
        <source>“{step}” ticked.</source>
        <translation>已勾選“{step}”。</translation>
    </message>
    <message>
        <source>“{step}” unticked.</source>
        <translation>已取消勾選“{step}”。</translation>
    </message>
    <message>
        <source>Remedy added to case {ref}.</source>
        <translation>已為案件 {ref} 新增補救措施。</translation>
    </message>
    <message>
        <source>Follow-up planned for {day}.</source>
        <translation>已安排 {day} 回訪。</translation>
    </message>
    <message>
        <source>Follow-up result recorded for case {ref}.</source>
        <translation>已記錄案件 {ref} 的回訪結果。</translation>
    </message>
    <message>
        <source>Follow-up planned for case {ref}.</source>
        <translation>已為案件 {ref} 安排回訪。</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation>無法讀取 {file}：{reason}</translation>
    </message>
    <message>
        <source>{file} is far too large to attach; attachments may be at most 10 MB.</source>
        <translation>{file} 太大，無法附加；附件最大 10 MB。</translation>
    </message>
    <message>
        <source>{file} attached.</source>
        <translation>已附加 {file}。</translation>
    </message>
    <message>
        <source>The picture was {before:.1f} MB, too large to keep; it was scaled down to {after:.1f} MB and attached.</source>
        <translation>圖片有 {before:.1f} MB，太大無法儲存；已縮小到 {after:.1f} MB 並附加。</translation>
    </message>
    <message>
        <source>The letter for case {ref} is recorded in its timeline.</source>
        <translation>案件 {ref} 的信函已記入時間線。</translation>
    </message>
    <message>
        <source>Case {ref} deleted; the deletion is recorded.</source>
        <translation>案件 {ref} 已刪除；刪除操作已記錄。</translation>
    </message>
    <message>
        <source>Close case {ref} without saving its diagnosis?</source>
        <translation>案件 {ref} 的診斷尚未儲存，仍要關閉嗎？</translation>
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
        <translation>產品質量</translation>
    </message>
    <message>
        <source>Staff attitude</source>
        <translation>服務態度</translation>
    </message>
    <message>
        <source>Slow handling / passing the buck</source>
        <translation>處理拖延 / 推諉</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>等候時間過長</translation>
    </message>
    <message>
        <source>Billing or pricing error</source>
        <translation>收費或價格錯誤</translation>
    </message>
    <message>
        <source>Broken promise</source>
        <translation>承諾未兌現</translation>
    </message>
    <message>
        <source>Detail overlooked</source>
        <translation>細節疏忽</translation>
    </message>
    <message>
        <source>Poor communication</source>
        <translation>溝通不暢</translation>
    </message>
    <message>
        <source>Delivery or stock</source>
        <translation>送貨或缺貨</translation>
    </message>
    <message>
        <source>Policy (returns, warranty)</source>
        <translation>政策（退換貨、保修）</translation>
    </message>
    <message>
        <source>Misunderstanding</source>
        <translation>誤會</translation>
    </message>
    <message>
        <source>Unequal treatment</source>
        <translation>待遇不公</translation>
    </message>
    <message>
        <source>Staff turnover</source>
        <translation>員工流動</translation>
    </message>
    <message>
        <source>Competitor lure</source>
        <translation>競爭對手吸引</translation>
    </message>
    <message>
        <source>Customer&apos;s own mistake</source>
        <translation>客戶自身失誤</translation>
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
        <translation>到店當面</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Online / social media</source>
        <translation>網上 / 社交媒體</translation>
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
        <translation>未註明員工</translation>
    </message>
</context>
<context>
    <name>ComplaintDetails</name>
    <message>
        <source>The customer&apos;s own words</source>
        <translation>客戶原話</translation>
    </message>
    <message>
        <source>Product / service:</source>
        <translation>產品 / 服務：</translation>
    </message>
    <message>
        <source>Order / receipt no.:</source>
        <translation>訂單 / 小票號：</translation>
    </message>
    <message>
        <source>How the customer felt:</source>
        <translation>客戶情緒：</translation>
    </message>
    <message>
        <source>What they expect:</source>
        <translation>客戶期望：</translation>
    </message>
    <message>
        <source>How widespread:</source>
        <translation>波及範圍：</translation>
    </message>
    <message>
        <source>Options the customer was told:</source>
        <translation>已告知客戶的其他途徑：</translation>
    </message>
    <message>
        <source>In the customer&apos;s words:</source>
        <translation>客戶原話：</translation>
    </message>
</context>
<context>
    <name>ComplaintFields</name>
    <message>
        <source>What it is about, e.g. birthday cake</source>
        <translation>涉及什麼，例如：生日蛋糕</translation>
    </message>
    <message>
        <source>Write it down as the customer says it, then read it back to them.</source>
        <translation>按客戶的原話記下來，然後讀給客戶聽確認。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>請選擇…</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>尚未查明</translation>
    </message>
    <message>
        <source>&amp;Order / receipt no.:</source>
        <translation>訂單 / 小票號(&amp;O)：</translation>
    </message>
    <message>
        <source>In the customer&apos;s &amp;words:</source>
        <translation>客戶原話(&amp;W)：</translation>
    </message>
    <message>
        <source>What they e&amp;xpect:</source>
        <translation>客戶期望(&amp;X)：</translation>
    </message>
    <message>
        <source>Ca&amp;use:</source>
        <translation>原因(&amp;U)：</translation>
    </message>
    <message>
        <source>Rece&amp;ived at:</source>
        <translation>收到時間(&amp;I)：</translation>
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
        <translation>產品 / 服務(&amp;D)：</translation>
    </message>
    <message>
        <source>How they fel&amp;t:</source>
        <translation>客戶情緒(&amp;T)：</translation>
    </message>
    <message>
        <source>Severit&amp;y:</source>
        <translation>嚴重程度(&amp;Y)：</translation>
    </message>
    <message>
        <source>How widespread:</source>
        <translation>波及範圍：</translation>
    </message>
    <message>
        <source>Product / &amp;service:</source>
        <translation type="vanished">產品 / 服務(&amp;S)：</translation>
    </message>
    <message>
        <source>How they &amp;felt:</source>
        <translation type="vanished">客戶情緒(&amp;F)：</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="vanished">嚴重程度(&amp;V)：</translation>
    </message>
    <message>
        <source>How &amp;widespread:</source>
        <translation type="vanished">波及範圍(&amp;W)：</translation>
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
        <translation>Amends 遇到了問題</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Something went wrong inside Amends.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Everything you saved before is safe; the last thing you did may not have been saved, so please check it.&lt;/p&gt;&lt;p&gt;You can go on working. If the window behaves oddly, quit Amends and start it again. If this happens again, send the log file to whoever looks after your Amends.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Amends 內部出了錯。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;之前儲存的內容都安全；最後一步操作可能沒有儲存，請檢查一下。&lt;/p&gt;&lt;p&gt;您可以繼續工作。如果視窗表現異常，請退出 Amends 再重新啟動。如果再次發生，請把日誌檔案發給負責維護您的 Amends 的人。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The details were written to {log}.</source>
        <translation>詳細資訊已寫入 {log}。</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>詳細資訊無法寫入日誌檔案。</translation>
    </message>
    <message>
        <source>Go on working</source>
        <translation>繼續工作</translation>
    </message>
    <message>
        <source>Quit Amends</source>
        <translation>退出 Amends</translation>
    </message>
    <message>
        <source>Show the log folder</source>
        <translation>開啟日誌資料夾</translation>
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
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Agrees to be contacted</source>
        <translation>同意聯絡</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>接收時間</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客戶姓名</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>客戶電話</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Product / service</source>
        <translation>產品/服務</translation>
    </message>
    <message>
        <source>Order / receipt no.</source>
        <translation>訂單/小票號</translation>
    </message>
    <message>
        <source>In the customer&apos;s words</source>
        <translation>客戶原話</translation>
    </message>
    <message>
        <source>How they felt</source>
        <translation>客戶感受</translation>
    </message>
    <message>
        <source>What they expect</source>
        <translation>客戶期望</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
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
        <translation>改進措施</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>Chinese yuan (renminbi)</source>
        <translation>人民幣</translation>
    </message>
    <message>
        <source>Hong Kong dollar</source>
        <translation>港幣</translation>
    </message>
    <message>
        <source>New Taiwan dollar</source>
        <translation>新臺幣</translation>
    </message>
    <message>
        <source>Macanese pataca</source>
        <translation>澳門元</translation>
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
        <translation>歐元</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>英鎊</translation>
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
        <translation>全部客戶</translation>
    </message>
    <message>
        <source>May be contacted (letters, follow-up calls)</source>
        <translation>可以聯絡（信函、回訪電話）</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>儲存修改</translation>
    </message>
    <message>
        <source>Merge duplicate…</source>
        <translation>合併重複客戶…</translation>
    </message>
    <message>
        <source>Export this customer&apos;s data…</source>
        <translation>匯出該客戶的資料…</translation>
    </message>
    <message>
        <source>Everything held about them in one zip file, e.g. when they ask for a copy</source>
        <translation>把儲存的關於該客戶的全部資訊打包成一個 zip 檔案，例如在客戶索取副本時使用</translation>
    </message>
    <message>
        <source>Erase customer…</source>
        <translation>刪除客戶個人資料…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到時間</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Remedies</source>
        <translation>補救措施</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>補償</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>電話：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>電子郵件：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>客戶類別：</translation>
    </message>
    <message>
        <source>Special care:</source>
        <translation>特別關照：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>Customer card</source>
        <translation>客戶卡片</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Changes to this record</source>
        <translation>此記錄的修改</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 次投訴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n 個未結</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} given</source>
        <translation>已給予 {amount}</translation>
    </message>
    <message>
        <source>satisfaction {score:.1f}/5</source>
        <translation>滿意度 {score:.1f}/5</translation>
    </message>
    <message>
        <source>customer since {day}</source>
        <translation>自 {day} 起為客戶</translation>
    </message>
    <message>
        <source>{name}&apos;s record saved; the changes are in its history.</source>
        <translation>{name} 的記錄已儲存；修改已記入歷史。</translation>
    </message>
    <message>
        <source>Customer records merged; the merge is recorded.</source>
        <translation>客戶記錄已合併；合併已記錄。</translation>
    </message>
    <message>
        <source>Export this customer&apos;s data</source>
        <translation>匯出該客戶的資料</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip 檔案 (*.zip)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Could not export to {path}: {reason}</source>
        <translation>無法匯出到 {path}：{reason}</translation>
    </message>
    <message>
        <source>The data held about {name} was exported to {path}.</source>
        <translation>{name} 的資料已匯出到 {path}。</translation>
    </message>
    <message>
        <source>Erasing {name}&apos;s personal data…</source>
        <translation>正在刪除{name}的個人資料…</translation>
    </message>
    <message>
        <source>{name} could not be erased: {reason}</source>
        <translation>無法刪除 {name} 的個人資料：{reason}</translation>
    </message>
    <message>
        <source>{name}&apos;s personal data was erased; their complaints stay in the figures, anonymised.</source>
        <translation>{name} 的個人資料已刪除；其投訴以匿名方式保留在統計數字中。</translation>
    </message>
</context>
<context>
    <name>CustomerSection</name>
    <message>
        <source>Phone number or name – type to find the customer</source>
        <translation>輸入電話號碼或姓名查詢客戶</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>查詢客戶</translation>
    </message>
    <message>
        <source>Chosen customer</source>
        <translation>已選客戶</translation>
    </message>
    <message>
        <source>Agrees to be contacted about this complaint</source>
        <translation>同意就此投訴與其聯絡</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>電子郵件(&amp;M)：</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation type="vanished">地址(&amp;E)：</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <source>(1 complaint)</source>
        <translation>（1 次投訴）</translation>
    </message>
    <message>
        <source>({n} complaints)</source>
        <translation>（{n} 次投訴）</translation>
    </message>
    <message>
        <source>(%1 complaints)</source>
        <translation type="vanished">（%1 次投訴）</translation>
    </message>
    <message>
        <source>Chan&amp;ge customer</source>
        <translation>更換客戶(&amp;G)</translation>
    </message>
    <message>
        <source>C&amp;hange customer</source>
        <translation type="vanished">更換客戶(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>語言(&amp;G)：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="vanished">地址：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="vanished">語言(&amp;L)：</translation>
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
        <translation>電話</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未結</translation>
    </message>
    <message>
        <source>Last complaint</source>
        <translation>最近投訴</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>補償</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客戶類別</translation>
    </message>
    <message>
        <source>{score:.1f}/5</source>
        <translation>{score:.1f}/5</translation>
    </message>
    <message>
        <source>A complaint of theirs was closed as not recovered.</source>
        <translation>該客戶有一次投訴以“未挽回”結案。</translation>
    </message>
    <message>
        <source>{n} complaints in the last 12 months.</source>
        <translation>近 12 個月內投訴 {n} 次。</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Search by name or phone</source>
        <translation>按姓名或電話搜尋</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>搜尋客戶</translation>
    </message>
    <message>
        <source>Only repeat or unrecovered customers</source>
        <translation>只看重複投訴或未挽回的客戶</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Red: a complaint was not recovered · amber: two or more complaints in 12 months</source>
        <translation>紅色：有投訴未挽回 · 橙色：12 個月內投訴兩次以上</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客戶</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamageDialog</name>
    <message>
        <source>taken {when} ({customers} customers, {complaints} complaints)</source>
        <translation>備份於 {when}（{customers} 位客戶，{complaints} 條投訴）</translation>
    </message>
    <message>
        <source>The archive is damaged</source>
        <translation>檔案已損壞</translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation>恢復此備份</translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation>選擇其他備份…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Amends cannot read its archive file safely.&lt;/b&gt; The file {path} is damaged: this happens after a power cut, a failing disk or a USB stick pulled out too early.&lt;/p&gt;&lt;p&gt;What SQLite reported: {problem}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Amends 無法安全讀取檔案。&lt;/b&gt;檔案 {path} 已損壞：停電、硬碟故障或 U 盤過早拔出後都可能發生。&lt;/p&gt;&lt;p&gt;SQLite 報告：{problem}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Whatever you choose, the damaged file is kept beside the archive, never deleted: an expert may still rescue the newest records from it.</source>
        <translation>無論您選擇什麼，損壞的檔案都會保留在檔案旁邊，絕不刪除：專業人員也許還能從中救回最新的記錄。</translation>
    </message>
    <message>
        <source>No usable backup was found in {folder}. If you keep backups elsewhere (a USB stick), choose one.</source>
        <translation>在 {folder} 中沒有找到可用的備份。如果您把備份存在別處（如 U 盤），請選擇一個。</translation>
    </message>
    <message>
        <source>The newest good backup was {details}. Records saved after it will be missing.</source>
        <translation>最新的完好備份{details}。在它之後儲存的記錄將會缺失。</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>選擇備份</translation>
    </message>
    <message>
        <source>Amends backups (*.db);;All files (*)</source>
        <translation>Amends 備份 (*.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>{file} is not a usable backup ({problem}). Choose another one.</source>
        <translation>{file} 不是可用的備份（{problem}）。請選擇其他備份。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>{year}-{month:02d}</source>
        <translation>{year}年{month:02d}月</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>自定義範圍…</translation>
    </message>
    <message>
        <source>Monthly summary PDF…</source>
        <translation>月度總結 PDF…</translation>
    </message>
    <message>
        <source>Complaints received in</source>
        <translation>收到投訴的期間</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>收到的投訴</translation>
    </message>
    <message>
        <source>Acknowledged within target</source>
        <translation>按時受理</translation>
    </message>
    <message>
        <source>Resolved within target</source>
        <translation>按時解決</translation>
    </message>
    <message>
        <source>Median time to resolution</source>
        <translation>解決用時中位數</translation>
    </message>
    <message>
        <source>Satisfied after recovery</source>
        <translation>補救後滿意</translation>
    </message>
    <message>
        <source>Customers recovered : lost</source>
        <translation>挽回 : 流失客戶</translation>
    </message>
    <message>
        <source>Compensation cost</source>
        <translation>補償成本</translation>
    </message>
    <message>
        <source>Open cases today</source>
        <translation>今日未結案件</translation>
    </message>
    <message>
        <source>nothing to compare with</source>
        <translation>沒有可比較的資料</translation>
    </message>
    <message>
        <source>{value} the period before</source>
        <translation>上一期為 {value}</translation>
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
        <translation>{n} 個回答</translation>
    </message>
    <message>
        <source>value to customers {amount}</source>
        <translation>對客戶價值 {amount}</translation>
    </message>
    <message>
        <source>value to customers {amount:,.2f}</source>
        <translation type="vanished">對客戶價值 {amount:,.2f}</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} 件逾期</translation>
    </message>
    <message>
        <source>Not yet diagnosed</source>
        <translation>尚未診斷</translation>
    </message>
    <message>
        <source>Causes (click a bar for its cases)</source>
        <translation>投訴原因（點選柱條檢視案件）</translation>
    </message>
    <message>
        <source>Channels (click a bar for its cases)</source>
        <translation>投訴渠道（點選柱條檢視案件）</translation>
    </message>
    <message>
        <source>Complaints per month</source>
        <translation>每月投訴數</translation>
    </message>
    <message>
        <source>Open cases by age: {buckets}. Repeat complainers in the last 12 months: {repeat:,}.</source>
        <translation>未結案件按時長：{buckets}。近 12 個月重複投訴的客戶：{repeat:,}。</translation>
    </message>
</context>
<context>
    <name>DeletedCasesDialog</name>
    <message>
        <source>Deleted cases</source>
        <translation>已刪除的案件</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>刪除時間</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>No case has been deleted.</source>
        <translation>沒有已刪除的案件。</translation>
    </message>
    <message>
        <source>&amp;Restore case</source>
        <translation>恢復案件(&amp;R)</translation>
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
        <translation>到底為什麼會發生？用您自己的話寫</translation>
    </message>
    <message>
        <source>What did the shop change so it does not happen again?</source>
        <translation>店裡做了哪些改變，避免再次發生？</translation>
    </message>
    <message>
        <source>Save diagnosis</source>
        <translation>儲存診斷</translation>
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
        <translation>改進措施：</translation>
    </message>
</context>
<context>
    <name>EarlyWarning</name>
    <message>
        <source>{n} complaints in 12 months and case {ref} is still open</source>
        <translation>12 個月內投訴 {n} 次，案件 {ref} 仍未結案</translation>
    </message>
    <message>
        <source>At the last follow-up (case {ref}) the customer was dissatisfied</source>
        <translation>上次回訪（案件 {ref}）客戶表示不滿意</translation>
    </message>
    <message>
        <source>At the last follow-up (case {ref}) the customer said they will not come back</source>
        <translation>上次回訪（案件 {ref}）客戶表示不會再來</translation>
    </message>
    <message>
        <source>A key or special-care customer whose case {ref} is past its target</source>
        <translation>主力或重點關懷客戶的案件 {ref} 已超過處理時限</translation>
    </message>
    <message>
        <source>The recovery of case {old} failed and the customer complains again ({ref})</source>
        <translation>案件 {old} 補救失敗，客戶再次投訴（{ref}）</translation>
    </message>
    <message>
        <source>The agreed remedy of case {ref} was promised by {day} and is not carried out ({days} days late)</source>
        <translation>案件 {ref} 約定的補救應於 {day} 前完成，至今未落實（已逾期 {days} 天）</translation>
    </message>
    <message>
        <source>Case {ref} was fixed on {day} and nobody has followed up ({days} days)</source>
        <translation>案件 {ref} 已於 {day} 補救，至今無人回訪（{days} 天）</translation>
    </message>
    <message>
        <source>{n} complaints in the last 30 days where about {expected} were usual (p = {p})</source>
        <translation>近 30 天投訴 {n} 次，平時約 {expected} 次（p = {p}）</translation>
    </message>
    <message>
        <source>{n} complaints in the last {days} days, some in every 30 of them, and no improvement recorded</source>
        <translation>近 {days} 天投訴 {n} 次，每 30 天都有，且沒有記錄改進措施</translation>
    </message>
    <message>
        <source>“{title}” done on {day}: {before} a month before, {after} a month since</source>
        <translation>“{title}”已於 {day} 完成：之前每月 {before} 次，之後每月 {after} 次</translation>
    </message>
    <message>
        <source>Call the customer today, in person if you can: apologise and agree what would win them back.</source>
        <translation>今天就聯絡客戶，最好當面：先道歉，再商定怎樣挽回客戶。</translation>
    </message>
    <message>
        <source>Carry out the promise now, or call the customer, say when it will happen and why it is late.</source>
        <translation>立即兌現承諾，或致電客戶，說明何時完成以及延誤的原因。</translation>
    </message>
    <message>
        <source>Read this cause&apos;s cases of the last 30 days and find what changed.</source>
        <translation>檢視該原因近 30 天的案件，找出發生了什麼變化。</translation>
    </message>
    <message>
        <source>Record an improvement with an owner and a due date.</source>
        <translation>記錄一項改進措施，指定負責人和完成日期。</translation>
    </message>
    <message>
        <source>Talk with the owner: change the improvement or add another one.</source>
        <translation>與負責人溝通：調整這項改進，或再增加一項。</translation>
    </message>
    <message>
        <source>Call the customer: is the fix still holding?</source>
        <translation>致電客戶：問題解決後是否一切正常？</translation>
    </message>
    <message>
        <source>Nothing to warn about.</source>
        <translation>目前沒有需要預警的情況。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>too early to tell (under 60 days since)</source>
        <translation>時間太短，尚無法判斷（不足 60 天）</translation>
    </message>
    <message>
        <source>too few complaints to tell</source>
        <translation>投訴太少，無法判斷</translation>
    </message>
    <message>
        <source>fell</source>
        <translation>已下降</translation>
    </message>
    <message>
        <source>lower, but not clearly</source>
        <translation>有所下降，但還不明顯</translation>
    </message>
    <message>
        <source>did not fall</source>
        <translation>沒有下降</translation>
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
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Deleted cases…</source>
        <translation>已刪除的案件(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Undo &quot;{action}&quot;</source>
        <translation>撤銷“{action}”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤銷(&amp;U)</translation>
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
        <translation>刪除客戶個人資料</translation>
    </message>
    <message>
        <source>Erase all personal data of {name}?</source>
        <translation>要刪除 {name} 的全部個人資料嗎？</translation>
    </message>
    <message>
        <source>Their name, phone, e-mail, address and notes are removed, and so is what they told us in their complaints; their letters and attachments are deleted. The complaints stay, anonymised, so the shop&apos;s statistics stay true.

This cannot be undone. Backups made before the erasure still hold the data until rotation drops them: at most 12 months.</source>
        <translation>客戶的姓名、電話、電子郵件、地址和備註將被清除，投訴中客戶向我們講述的內容也會被清除；相關信函和附件將被刪除。投訴本身以匿名方式保留，店鋪的統計數字依然準確。

此操作無法撤銷。刪除之前製作的備份仍儲存著這些資料，直到按輪換規則被淘汰為止：最長 12 個月。</translation>
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
        <translation>換貨</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>維修</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>道歉</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解釋說明</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>補償</translation>
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
        <translation>客戶類別</translation>
    </message>
    <message>
        <source>Special care</source>
        <translation>重點關懷</translation>
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
        <translation>補救方式</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>確認受理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決用時</translation>
    </message>
</context>
<context>
    <name>Feeling</name>
    <message>
        <source>Calm</source>
        <translation>平靜</translation>
    </message>
    <message>
        <source>Disappointed</source>
        <translation>失望</translation>
    </message>
    <message>
        <source>Upset</source>
        <translation>不滿</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>憤怒</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>受理時間</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次答覆</translation>
    </message>
    <message>
        <source>First closed</source>
        <translation>首次結案</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>結案時間</translation>
    </message>
    <message>
        <source>Times reopened</source>
        <translation>重新開啟次數</translation>
    </message>
    <message>
        <source>Acknowledgement due</source>
        <translation>受理期限</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>解決期限</translation>
    </message>
    <message>
        <source>Options the customer was told</source>
        <translation>已告知客戶的其他途徑</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到時間</translation>
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
        <translation>投訴內容</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>客戶情緒</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>客戶期望</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>波及範圍</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>訂單號</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因類別</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>改進措施</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Cost to the shop</source>
        <translation>店鋪成本</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>給予日期</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>客戶接受</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>應回訪日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Consent to contact</source>
        <translation>同意聯絡</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客戶類別</translation>
    </message>
    <message>
        <source>Special care</source>
        <translation>特別關照</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>已合併到</translation>
    </message>
    <message>
        <source>Merged from</source>
        <translation>合併自</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>成為客戶時間</translation>
    </message>
</context>
<context>
    <name>FollowUpBatchDialog</name>
    <message>
        <source>Follow-up letters due this week</source>
        <translation>本週到期的回訪信</translation>
    </message>
    <message>
        <source>The follow-up template cannot be used:
{0}</source>
        <translation>回訪信模板無法使用：
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
        <translation>回訪信 {week}</translation>
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
        <translation>即將到期</translation>
    </message>
</context>
<context>
    <name>FollowUpMethod</name>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上門拜訪</translation>
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
        <translation>時間</translation>
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
        <translation>客戶</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>案件狀態</translation>
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
        <translation>回訪</translation>
    </message>
    <message>
        <source>Nobody to call back: no follow-ups are due in the next seven days.</source>
        <translation>無需回訪：未來七天內沒有到期的回訪。</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>開啟案件</translation>
    </message>
    <message>
        <source>Record result…</source>
        <translation>記錄結果…</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>到期回訪</translation>
    </message>
    <message>
        <source>{overdue} overdue · {today} today · {upcoming} in the next 7 days</source>
        <translation>逾期 {overdue} · 今天 {today} · 未來 7 天 {upcoming}</translation>
    </message>
    <message>
        <source>Follow-up for case {ref} recorded.</source>
        <translation>已記錄案件 {ref} 的回訪。</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Say sorry early, briefly and sincerely, before any explanation.</source>
        <translation>儘早道歉，簡短而真誠，先道歉再解釋。</translation>
    </message>
    <message>
        <source>Put it right now if you can: replace the item, correct the bill, redo the work.</source>
        <translation>能當場解決就當場解決：換一件、改賬單、重新做。</translation>
    </message>
    <message>
        <source>Name the trouble and the feeling: “Waiting that long before work is really annoying.”</source>
        <translation>說出客戶遇到的麻煩和感受：“上班前等這麼久，確實讓人著急。”</translation>
    </message>
    <message>
        <source>Offer something that touches the customer without burdening the shop; weigh it against what the customer means to you.</source>
        <translation>給一份能打動客戶、店裡也負擔得起的補償；結合這位客戶對店鋪的價值來權衡。</translation>
    </message>
    <message>
        <source>Check back after the fix: is the customer really satisfied, did anything else go wrong? Tell the team what you heard.</source>
        <translation>處理完後回訪：客戶是否真正滿意，還有沒有別的問題？把聽到的反饋告訴同事。</translation>
    </message>
    <message>
        <source>Calm things down and write it all down.</source>
        <translation>先穩住氣氛，把情況完整記下來。</translation>
    </message>
    <message>
        <source>Let the customer finish; do not interrupt or argue.</source>
        <translation>讓客戶把話說完，不打斷，不爭辯。</translation>
    </message>
    <message>
        <source>“I am sorry this happened. Thank you for telling us.”</source>
        <translation>“發生這樣的事，真的很抱歉。謝謝您告訴我們。”</translation>
    </message>
    <message>
        <source>Read back what you wrote: “Let me check I have it right…”</source>
        <translation>把記錄讀給客戶聽：“我確認一下，您說的是……”</translation>
    </message>
    <message>
        <source>Give your name and say “I will…”, not “we”.</source>
        <translation>報上自己的名字，說“我來……”，而不是“我們”。</translation>
    </message>
    <message>
        <source>The customer knows you are on it; now find out what they really expect.</source>
        <translation>客戶已知道您在處理；現在弄清楚客戶真正期望什麼。</translation>
    </message>
    <message>
        <source>“What would put this right for you?”</source>
        <translation>“您希望我們怎樣處理比較好？”</translation>
    </message>
    <message>
        <source>Promise a time for your next call, and keep it.</source>
        <translation>約定下次聯絡的時間，並準時做到。</translation>
    </message>
    <message>
        <source>Get the facts: how serious, how many customers, and why it happened.</source>
        <translation>查清事實：有多嚴重、涉及多少客戶、為什麼會發生。</translation>
    </message>
    <message>
        <source>Tell bad news early rather than late.</source>
        <translation>壞訊息要早說，不要拖。</translation>
    </message>
    <message>
        <source>If it takes longer, call before the promised time and say when you will know.</source>
        <translation>如果需要更久，在約定時間之前打電話，告訴客戶什麼時候能有結果。</translation>
    </message>
    <message>
        <source>Note the cause, so the same complaint does not come back.</source>
        <translation>記下原因，避免同樣的投訴再次發生。</translation>
    </message>
    <message>
        <source>Agree one concrete action and a date, then do it at once.</source>
        <translation>商定一個具體措施和日期，然後馬上落實。</translation>
    </message>
    <message>
        <source>Offer a choice: “I can replace it today or refund it. Which suits you better?”</source>
        <translation>給客戶選擇：“今天可以給您換新，也可以退款，您看哪種更合適？”</translation>
    </message>
    <message>
        <source>Say what you can do, not what you cannot.</source>
        <translation>多說能做什麼，少說不能做什麼。</translation>
    </message>
    <message>
        <source>Confirm it in writing with the resolution letter.</source>
        <translation>用處理結果信以書面形式確認。</translation>
    </message>
    <message>
        <source>The fix is done: make the ending a good one.</source>
        <translation>補救已完成：讓結尾給客戶留下好印象。</translation>
    </message>
    <message>
        <source>“Your new order is ready; I checked it myself.”</source>
        <translation>“您的新訂單已經準備好了，我親自檢查過。”</translation>
    </message>
    <message>
        <source>Plan a follow-up call within the next few days.</source>
        <translation>安排在幾天之內回訪。</translation>
    </message>
    <message>
        <source>Ask whether the customer is truly satisfied now.</source>
        <translation>問清客戶現在是否真正滿意。</translation>
    </message>
    <message>
        <source>“Is everything all right now? Is there anything else we should know?”</source>
        <translation>“現在一切都好嗎？還有什麼需要我們知道的嗎？”</translation>
    </message>
    <message>
        <source>Ask for a score from 1 to 5 and whether they will come back.</source>
        <translation>請客戶打 1 到 5 分，並問是否還會再來。</translation>
    </message>
    <message>
        <source>Thank them for their patience and pass on what you learn.</source>
        <translation>感謝客戶的耐心，把了解到的情況告訴同事。</translation>
    </message>
    <message>
        <source>The customer is won back: learn from it.</source>
        <translation>客戶已挽回：從中總結經驗。</translation>
    </message>
    <message>
        <source>Record what the shop changed because of this complaint.</source>
        <translation>記下店裡因這次投訴做了哪些改進。</translation>
    </message>
    <message>
        <source>Recognise the colleague who handled it well.</source>
        <translation>表揚處理得好的同事。</translation>
    </message>
    <message>
        <source>Not recovered: record what was offered and what options the customer still has.</source>
        <translation>未能挽回：記下提供過的方案，以及客戶還有哪些途徑。</translation>
    </message>
    <message>
        <source>Stay polite and leave the door open: “You are always welcome here.”</source>
        <translation>保持禮貌，給客戶留有餘地：“隨時歡迎您再來。”</translation>
    </message>
    <message>
        <source>Note the cause so it does not happen to the next customer.</source>
        <translation>記下原因，別讓下一位客戶再遇到。</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Guidance</source>
        <translation>處理指引</translation>
    </message>
    <message>
        <source>Show or hide the guidance</source>
        <translation>顯示或隱藏處理指引</translation>
    </message>
    <message>
        <source>What to do and say at this stage of the case</source>
        <translation>案件當前階段該做什麼、說什麼</translation>
    </message>
    <message>
        <source>Guidance for this case</source>
        <translation>本案處理指引</translation>
    </message>
    <message>
        <source>(now)</source>
        <translation>（當前）</translation>
    </message>
    <message>
        <source>{step}: {advice}</source>
        <translation>{step}：{advice}</translation>
    </message>
    <message>
        <source>now</source>
        <translation type="vanished">當前</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>怎麼說</translation>
    </message>
    <message>
        <source>The five recovery steps</source>
        <translation>服務補救五步</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Amends user guide</source>
        <translation>Amends 使用者指南</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>此安裝中缺少使用者指南。</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Customer history</source>
        <translation>客戶歷史</translation>
    </message>
    <message>
        <source>History summary</source>
        <translation>歷史概要</translation>
    </message>
    <message>
        <source>Type a phone number or a name: a returning customer&apos;s earlier complaints appear here.</source>
        <translation>輸入電話號碼或姓名：老客戶以前的投訴會顯示在這裡。</translation>
    </message>
    <message>
        <source>… and {n} older complaints.</source>
        <translation>……以及更早的 {n} 次投訴。</translation>
    </message>
    <message>
        <source>{n} earlier complaints</source>
        <translation>以前投訴過 {n} 次</translation>
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
        <translation>{n} 件仍未結案</translation>
    </message>
    <message>
        <source>satisfaction {score}/5</source>
        <translation>滿意度 {score}/5</translation>
    </message>
    <message>
        <source>… and %1 older complaints.</source>
        <translation type="vanished">……以及更早的 %1 次投訴。</translation>
    </message>
    <message>
        <source>1 earlier complaint</source>
        <translation>以前投訴過 1 次</translation>
    </message>
    <message>
        <source>%1 earlier complaints</source>
        <translation type="vanished">以前投訴過 %1 次</translation>
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
        <translation type="vanished">%1 件仍未結案</translation>
    </message>
    <message>
        <source>cause not known</source>
        <translation>原因不明</translation>
    </message>
    <message>
        <source>satisfaction %1/5</source>
        <translation type="vanished">滿意度 %1/5</translation>
    </message>
    <message>
        <source>On file, no earlier complaints.</source>
        <translation>已登記的客戶，以前沒有投訴。</translation>
    </message>
    <message>
        <source>Known customer, no earlier complaints.</source>
        <translation type="vanished">老客戶，以前沒有投訴過。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>匯入客戶</translation>
    </message>
    <message>
        <source>Import complaints</source>
        <translation>匯入投訴</translation>
    </message>
    <message>
        <source>Choose a CSV file…</source>
        <translation>選擇 CSV 檔案…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>尚未選擇檔案。</translation>
    </message>
    <message>
        <source>Bad rows</source>
        <translation>有問題的行</translation>
    </message>
    <message>
        <source>Skip the bad rows and import the others</source>
        <translation>跳過有問題的行，匯入其餘各行</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>First row: which field each column holds.</source>
        <translation>第一行：每一列對應的欄位。</translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation>要匯入的 CSV 檔案</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 檔案 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1 — %2 rows, encoding %3</source>
        <translation>%1 — %2 行，編碼 %3</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Choose a column for: %1</source>
        <translation>請為“%1”選擇一列</translation>
    </message>
    <message>
        <source>Checking %1 rows…</source>
        <translation>正在檢查 %1 行…</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 rows can be imported, %2 are bad.</source>
        <translation>%1 行可以匯入，%2 行有問題。</translation>
    </message>
    <message>
        <source>%1 rows imported.</source>
        <translation>已匯入 %1 行。</translation>
    </message>
    <message>
        <source>Importing %1 rows…</source>
        <translation>正在匯入 %1 行…</translation>
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
        <translation>有 %1 行有問題，第一處在第 %2 行（%3）。沒有匯入任何內容。</translation>
    </message>
</context>
<context>
    <name>ImprovementForm</name>
    <message>
        <source>Improvement</source>
        <translation>改進措施</translation>
    </message>
    <message>
        <source>Save improvement</source>
        <translation>儲存改進措施</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation type="vanished">要改變什麼</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="vanished">負責人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="vanished">完成日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">狀態</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="vanished">原因</translation>
    </message>
    <message>
        <source>New improvement</source>
        <translation>新的改進措施</translation>
    </message>
    <message>
        <source>Say what will change.</source>
        <translation>請寫明要改變什麼。</translation>
    </message>
    <message>
        <source>Improvement:</source>
        <translation>改進措施：</translation>
    </message>
    <message>
        <source>What will change:</source>
        <translation>要改變什麼：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>負責人：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>完成日期：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>狀態：</translation>
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
        <translation>計劃中</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放棄</translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message>
        <source>Warnings</source>
        <translation>預警</translation>
    </message>
    <message>
        <source>What worked before</source>
        <translation>以往有效的做法</translation>
    </message>
    <message>
        <source>No warning about this customer.</source>
        <translation>這位客戶目前沒有預警。</translation>
    </message>
    <message>
        <source>No similar closed complaint yet.</source>
        <translation>還沒有相似的已結案投訴。</translation>
    </message>
    <message>
        <source>As the complaint is described, similar past complaints and what was done for them appear here.</source>
        <translation>輸入投訴內容後，這裡會列出相似的以往投訴以及當時的處理辦法。</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n warning(s)</source>
        <translation>
            <numerusform>顯示全部 %n 條預警</numerusform>
        </translation>
    </message>
    <message>
        <source>no remedy recorded</source>
        <translation>未記錄補救</translation>
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
        <translation>滿意度 {score}/5</translation>
    </message>
    <message>
        <source>Why is this warning not needed now?</source>
        <translation>為什麼現在不需要這條預警？</translation>
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
        <translation>無法把忽略記錄寫入檔案：
{error}</translation>
    </message>
</context>
<context>
    <name>InsightsSection</name>
    <message>
        <source>Satisfaction after recovery and what drives it</source>
        <translation>補救後的滿意度及其影響因素</translation>
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
        <translation>滿意</translation>
    </message>
    <message>
        <source>Will come back</source>
        <translation>會再來</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答數</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>改進措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
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
        <translation>之後（每月）</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>效果</translation>
    </message>
    <message>
        <source>Where recovery goes worst</source>
        <translation>補救效果最差的地方</translation>
    </message>
    <message>
        <source>Improvements (learning from recovery)</source>
        <translation>改進措施（從補救經歷中學習）</translation>
    </message>
    <message>
        <source>{start} to {end}: {n} scored follow-up answers, too few for a percentage.</source>
        <translation>{start} 至 {end}：有評分的回訪只有 {n} 個，太少，不計算百分比。</translation>
    </message>
    <message>
        <source>{start} to {end}: {csat} satisfied (4 or 5 of 5) of {n} answers; {back} of {asked} said they will come back.</source>
        <translation>{start} 至 {end}：{n} 個回答中 {csat} 滿意（5 分制 4 或 5 分）；{asked} 個回答中 {back} 表示會再來。</translation>
    </message>
    <message>
        <source>Only values with at least {min} scored answers are shown; {hidden} with fewer are left out.</source>
        <translation>只顯示至少有 {min} 個評分回答的取值；{hidden} 個回答較少的未顯示。</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>&amp;Save complaint</source>
        <translation>儲存投訴(&amp;S)</translation>
    </message>
    <message>
        <source>Save and start the next one (Ctrl+S)</source>
        <translation>儲存並開始登記下一條 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>清空表單</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>The complaint could not be written to the archive:
{error}</source>
        <translation>投訴無法寫入檔案：
{error}</translation>
    </message>
    <message>
        <source>Complaint {ref} saved</source>
        <translation>投訴 {ref} 已儲存</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>未儲存：請更正標紅的欄位。</translation>
    </message>
    <message>
        <source>Returning customer: {name} · earlier complaints: {n}</source>
        <translation>老客戶：{name} · 以前投訴過 {n} 次</translation>
    </message>
    <message>
        <source>The complaint being typed could not be kept as a draft: {error}</source>
        <translation>正在填寫的投訴無法儲存為草稿：{error}</translation>
    </message>
    <message>
        <source>Restore the complaint you were typing on {when}?</source>
        <translation>要恢復您在 {when} 填寫的投訴嗎？</translation>
    </message>
    <message>
        <source>The complaint you were typing is back in the form.</source>
        <translation>您之前填寫的投訴已恢復到表單中。</translation>
    </message>
    <message>
        <source>Unsaved complaint</source>
        <translation>未儲存的投訴</translation>
    </message>
    <message>
        <source>* must be filled in</source>
        <translation>* 為必填項</translation>
    </message>
    <message>
        <source>On file, no earlier complaints: {name}</source>
        <translation>已登記的客戶，以前沒有投訴：{name}</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢復(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丟棄(&amp;D)</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>以後再說(&amp;N)</translation>
    </message>
    <message>
        <source>Time received</source>
        <translation>接收時間</translation>
    </message>
    <message>
        <source>This complaint was being typed on {when}. Was it received then?</source>
        <translation>這條投訴是在 {when} 錄入的。是那時收到的嗎？</translation>
    </message>
    <message>
        <source>&amp;Keep {when}</source>
        <translation>保留 {when}(&amp;K)</translation>
    </message>
    <message>
        <source>Use &amp;now</source>
        <translation>改為現在(&amp;N)</translation>
    </message>
    <message>
        <source>Known customer: {name}</source>
        <translation type="vanished">已登記客戶：{name}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="vanished">恢復</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="vanished">放棄</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>简体中文</source>
        <translation>簡體中文</translation>
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
        <translation>補救已商定，尚未辦理</translation>
    </message>
    <message>
        <source>No remedy has been recorded</source>
        <translation>尚未記錄補救</translation>
    </message>
    <message>
        <source>The follow-up has already been done</source>
        <translation>已經完成回訪</translation>
    </message>
    <message>
        <source>The follow-up is due after this week</source>
        <translation>回訪日期在本週之後</translation>
    </message>
    <message>
        <source>No follow-up is planned</source>
        <translation>沒有安排回訪</translation>
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
        <translation type="vanished">型別</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="vanished">語言</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="vanished">署名人</translation>
    </message>
    <message>
        <source>Letters already made (double-click to open):</source>
        <translation>已生成的信函（雙擊開啟）：</translation>
    </message>
    <message>
        <source>The {kind} template cannot be used:
{problems}</source>
        <translation>“{kind}”模板無法使用：
{problems}</translation>
    </message>
    <message>
        <source>The letter went out but could not be logged on its case: {0}</source>
        <translation>信已經發出，但未能記錄到案件中：{0}</translation>
    </message>
    <message>
        <source>The wording of this letter appears here.</source>
        <translation>這封信的文字會顯示在這裡。</translation>
    </message>
    <message>
        <source>Update preview</source>
        <translation>更新預覽</translation>
    </message>
    <message>
        <source>Copy as message</source>
        <translation>複製為訊息</translation>
    </message>
    <message>
        <source>Wording of this letter (changes apply to this letter only, not to the template):</source>
        <translation>這封信的文字（修改只用於這一封，不改模板）：</translation>
    </message>
    <message>
        <source>The message is on the clipboard: paste it into WeChat, an SMS or an e-mail.</source>
        <translation>訊息已複製到剪貼簿：可貼上到微信、簡訊或電子郵件中。</translation>
    </message>
    <message>
        <source>The letter could not be made: {0}</source>
        <translation type="vanished">無法生成信函：{0}</translation>
    </message>
    <message>
        <source>{ref} letter {number}</source>
        <translation>{ref} 信函 {number}</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>型別：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
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
        <translation>受理與致歉信</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>處理結果信</translation>
    </message>
    <message>
        <source>Follow-up and thanks</source>
        <translation>回訪與致謝信</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Amends</source>
        <translation type="vanished">Amends 客訴挽回</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) in the archive</source>
        <translation type="vanished">
            <numerusform>檔案中共有 %n 條投訴</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概覽</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新投訴</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <source>Case {ref} · {customer}</source>
        <translation>案件 {ref} · {customer}</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁面</translation>
    </message>
    <message>
        <source>&amp;New complaint</source>
        <translation>新投訴(&amp;N)</translation>
    </message>
    <message>
        <source>Record a new complaint (Ctrl+N)</source>
        <translation>登記一條新投訴 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Find cases</source>
        <translation>查詢案件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open selected case</source>
        <translation>開啟所選案件(&amp;O)</translation>
    </message>
    <message>
        <source>Show &amp;open cases</source>
        <translation type="vanished">顯示未結案件(&amp;U)</translation>
    </message>
    <message>
        <source>Show op&amp;en cases</source>
        <translation>顯示未結案件(&amp;U)</translation>
    </message>
    <message>
        <source>Show o&amp;verdue cases</source>
        <translation>顯示逾期案件(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Amends</source>
        <translation>關於 Amends(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具欄</translation>
    </message>
    <message>
        <source>Staff on duty:</source>
        <translation>當班員工：</translation>
    </message>
    <message>
        <source>Staff on duty</source>
        <translation>當班員工</translation>
    </message>
    <message>
        <source>No staff set up</source>
        <translation>尚未設定員工</translation>
    </message>
    <message>
        <source>{name} is on duty: new records are made in their name.</source>
        <translation>{name} 當班：新記錄將以其名義登記。</translation>
    </message>
    <message>
        <source>Select a case in the list first.</source>
        <translation>請先在列表中選擇一個案件。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Amends {version}&lt;/b&gt;&lt;p&gt;Record customer complaints, recover the customer, and keep the shop&apos;s memory of what went wrong and how it was put right.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Amends {version}&lt;/b&gt;&lt;p&gt;登記客戶投訴，挽回客戶，並記住店裡出過什麼差錯、又是怎樣彌補的。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Amends</source>
        <translation>關於 Amends</translation>
    </message>
    <message>
        <source>Watch list</source>
        <translation>預警清單</translation>
    </message>
    <message>
        <source>Read-only: this archive&apos;s folder cannot be written, so you can look at cases, print and export, but nothing can be changed or saved.</source>
        <translation>只讀：此檔案所在的資料夾無法寫入，您可以檢視案例、列印和匯出，但不能修改或儲存任何內容。</translation>
    </message>
    <message>
        <source>{shop} (read-only)</source>
        <translation>{shop}（只讀）</translation>
    </message>
    <message>
        <source>Demo shop: invented customers and complaints to look around. Your own archive is not touched; open it with File › Open archive….</source>
        <translation type="vanished">演示店鋪：客戶和投訴都是虛構的，供您隨便看看。您自己的檔案不受影響；要開啟它，請選擇“檔案 › 開啟檔案…”。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No complaints yet.&lt;/b&gt; When a customer complains, press &lt;b&gt;Ctrl+N&lt;/b&gt; (New complaint) and write it down as they say it. To look around first, choose &lt;b&gt;File › Open the demo shop&lt;/b&gt;: it opens in a window of its own.</source>
        <translation>&lt;b&gt;還沒有投訴。&lt;/b&gt;有客戶投訴時，按 &lt;b&gt;Ctrl+N&lt;/b&gt;（新投訴），照客戶的原話記下來。想先看看，請選擇 &lt;b&gt;檔案 › 開啟演示店鋪&lt;/b&gt;：它會在單獨的視窗中開啟。</translation>
    </message>
    <message>
        <source>Demo shop · {name}</source>
        <translation>演示店鋪 · {name}</translation>
    </message>
    <message>
        <source>Demo shop: invented customers and complaints to look around. Your own archive is not touched: File › Open archive… opens it.</source>
        <translation>演示店鋪：客戶和投訴都是虛構的，供您隨便看看。您自己的檔案不受影響；要開啟它，請選擇“檔案 › 開啟檔案…”。</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Back up or restore…</source>
        <translation>備份或恢復(&amp;B)…</translation>
    </message>
    <message>
        <source>Import &amp;customers from CSV…</source>
        <translation>從 CSV 匯入客戶(&amp;C)…</translation>
    </message>
    <message>
        <source>Import co&amp;mplaints from CSV…</source>
        <translation>從 CSV 匯入投訴(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Export customers to CSV…</source>
        <translation type="vanished">匯出客戶到 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Export complaints to CS&amp;V…</source>
        <translation type="vanished">匯出投訴到 CSV(&amp;V)…</translation>
    </message>
    <message>
        <source>Export &amp;everything (zip)…</source>
        <translation type="vanished">匯出全部資料 (zip)(&amp;Z)…</translation>
    </message>
    <message>
        <source>Export c&amp;ustomers to CSV…</source>
        <translation>匯出客戶到 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Export com&amp;plaints to CSV…</source>
        <translation>匯出投訴到 CSV(&amp;V)…</translation>
    </message>
    <message>
        <source>Export e&amp;verything (zip)…</source>
        <translation>匯出全部資料 (zip)(&amp;Z)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Letter templates…</source>
        <translation>信函模板(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>報告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Monthly recovery summary…</source>
        <translation>月度補救總結(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Follow-up letters due this week…</source>
        <translation>本週到期的回訪信(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Blank intake form…</source>
        <translation>空白投訴登記表(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>The export could not be written to {path}: {reason}. Nothing else was changed.</source>
        <translation>匯出內容無法寫入 {path}：{reason}。其他內容均未改動。</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已匯出到 {path}</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>設定已儲存。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Amends.</source>
        <translation>新的語言將在下次啟動 Amends 時生效。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>&amp;Recent archives</source>
        <translation>最近的檔案(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;archive…</source>
        <translation>開啟檔案(&amp;A)…</translation>
    </message>
    <message>
        <source>New arc&amp;hive…</source>
        <translation>新建檔案(&amp;H)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo shop</source>
        <translation>開啟演示店鋪(&amp;D)</translation>
    </message>
    <message>
        <source>Open archive: the folder that holds it</source>
        <translation>開啟檔案：選擇檔案所在的資料夾</translation>
    </message>
    <message>
        <source>No archive in {folder}. To start one there, choose File › New archive….</source>
        <translation type="vanished">{folder} 中沒有檔案。要在那裡新建，請選擇“檔案 › 新建檔案…”。</translation>
    </message>
    <message>
        <source>New archive: choose an empty folder</source>
        <translation>新建檔案：選擇一個空資料夾</translation>
    </message>
    <message>
        <source>No archive could be made in {folder}: {error}</source>
        <translation>無法在 {folder} 中新建檔案：{error}</translation>
    </message>
    <message>
        <source>This window already shows the demo shop.</source>
        <translation>這個視窗顯示的就是演示店鋪。</translation>
    </message>
    <message>
        <source>Filling the demo shop, a few seconds…</source>
        <translation>正在生成演示店鋪，需要幾秒鐘…</translation>
    </message>
    <message>
        <source>The demo shop could not be filled: {error}</source>
        <translation>無法生成演示店鋪：{error}</translation>
    </message>
    <message>
        <source>This archive is the one open in this window.</source>
        <translation>這個檔案已在本視窗中開啟。</translation>
    </message>
    <message>
        <source>{archive} opens in a window of its own.</source>
        <translation>{archive} 將在單獨的視窗中開啟。</translation>
    </message>
    <message>
        <source>Amends could not be started for {folder}.</source>
        <translation>無法為 {folder} 啟動 Amends。</translation>
    </message>
    <message>
        <source>No other archives yet</source>
        <translation>還沒有其他檔案</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密碼(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="vanished">密碼(&amp;P)</translation>
    </message>
    <message>
        <source>No archive in {folder}. File › New archive… starts one there.</source>
        <translation>{folder} 中沒有檔案。要在那裡新建，請選擇“檔案 › 新建檔案…”。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a duplicate into {name}</source>
        <translation>將重複記錄合併到 {name}</translation>
    </message>
    <message>
        <source>Name or phone of the duplicate record</source>
        <translation>重複記錄的姓名或電話</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Duplicate (merged into it)</source>
        <translation>重複記錄（併入保留記錄）</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <source>Find the duplicate record:</source>
        <translation>查詢重複記錄：</translation>
    </message>
    <message>
        <source>{name} · {phone} · {n} complaint(s)</source>
        <translation>{name} · {phone} · {n} 次投訴</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未結案件</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>補償</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Complaints that move to {name}: {refs}.
Filled in from the duplicate: {filled}.
The duplicate record is kept, marked as merged, and the merge is recorded.</source>
        <translation>轉到 {name} 名下的投訴：{refs}。
從重複記錄補填：{filled}。
重複記錄會保留並標記為已合併，合併操作會被記錄。</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>Complaints received</source>
        <translation>收到的投訴</translation>
    </message>
    <message>
        <source>Every complaint recorded with a received date in the month, whatever its channel; the arrow compares it with the month before.</source>
        <translation>本月收到日期內登記的所有投訴，不論渠道；箭頭表示與上個月相比的變化。</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>投訴原因</translation>
    </message>
    <message>
        <source>Why the complaints happened, largest first; the line adds them up, so you can see which few causes make most of the complaints.</source>
        <translation>投訴發生的原因，按數量從多到少排列；折線為累計佔比，可以看出哪幾個原因造成了大部分投訴。</translation>
    </message>
    <message>
        <source>Acknowledgement time</source>
        <translation>受理用時</translation>
    </message>
    <message>
        <source>From receiving the complaint to telling the customer &quot;we have it, I am on it&quot;. Median: half the cases were faster; 90%: nine in ten were faster.</source>
        <translation>從收到投訴到告訴客戶“已收到，我在處理”的時間。中位數：一半的案件比它快；90%：十件中有九件比它快。</translation>
    </message>
    <message>
        <source>Time to resolution</source>
        <translation>解決用時</translation>
    </message>
    <message>
        <source>From receiving the complaint to closing it the first time; for cases that were reopened, also to the last close. In calendar time and in opening hours.</source>
        <translation>從收到投訴到首次結案的時間；重新開啟過的案件也計算到最後一次結案。分別按日曆時間和營業時間計算。</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>達標率</translation>
    </message>
    <message>
        <source>Share of cases acknowledged within the shop&apos;s acknowledgement target, and share resolved within the resolution target. Cases still within their time are left out until they are done or late.</source>
        <translation>在店鋪受理時限內受理的案件比例，以及在解決時限內解決的案件比例。仍在時限內的案件在完成或逾期之前不計入。</translation>
    </message>
    <message>
        <source>Reopen rate</source>
        <translation>重新開啟率</translation>
    </message>
    <message>
        <source>Cases that were reopened after being closed, divided by the cases closed at least once.</source>
        <translation>結案後又重新開啟的案件數，除以至少結案過一次的案件數。</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>Share of the month&apos;s complaints that are closed (recovered or not) on the day the report is made.</source>
        <translation>截至報告生成當天，本月投訴中已結案（無論是否挽回）的比例。</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已回訪</translation>
    </message>
    <message>
        <source>Of the complaints whose remedy was carried out, the share the shop called back afterwards to ask whether all is well now.</source>
        <translation>在已實施補救的投訴中，店鋪事後回訪、詢問客戶現在是否一切都好的比例。</translation>
    </message>
    <message>
        <source>Satisfaction after recovery</source>
        <translation>補救後滿意度</translation>
    </message>
    <message>
        <source>Follow-up answers of 4 or 5 on the 1-5 scale, divided by all answers. With fewer than five answers no percentage is given.</source>
        <translation>回訪中打 4 分或 5 分（1-5 分制）的回答數除以全部回答數。回答少於五個時不給出百分比。</translation>
    </message>
    <message>
        <source>Customers recovered</source>
        <translation>挽回的客戶</translation>
    </message>
    <message>
        <source>Per customer, their latest complaint of the month: recovered when they said at the last follow-up that they will come back (or the case was closed as recovered); lost when they said they will not, or it was closed as not recovered.</source>
        <translation>按客戶統計其本月最近一次投訴：最後一次回訪時表示還會再來（或案件以“已挽回”結案）即為挽回；表示不會再來或以“未挽回”結案即為流失。</translation>
    </message>
    <message>
        <source>Repeat complainers</source>
        <translation>重複投訴客戶</translation>
    </message>
    <message>
        <source>Customers with two or more complaints in the twelve months up to the end of the period.</source>
        <translation>截至本期末的十二個月內投訴兩次或以上的客戶。</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>補償</translation>
    </message>
    <message>
        <source>Remedies given for the month&apos;s complaints, by kind: the value to the customer and what it cost the shop.</source>
        <translation>本月投訴給予的補救，按型別列出：對客戶的價值和店鋪的成本。</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未結案件</translation>
    </message>
    <message>
        <source>Complaints received up to the end of the period that are still open on the day the report is made, by how long ago they came in. Overdue: past the acknowledgement target without an acknowledgement, or past the resolution target.</source>
        <translation>截至本期末收到、在報告生成當天仍未結案的投訴，按收到至今的時長分組。逾期：超過受理時限仍未受理，或超過解決時限。</translation>
    </message>
    <message>
        <source>Per staff member</source>
        <translation>按員工統計</translation>
    </message>
    <message>
        <source>Complaints each colleague took in during the month, and the satisfaction their customers gave at follow-up.</source>
        <translation>每位同事本月接待的投訴，以及他們的客戶在回訪時給出的滿意度。</translation>
    </message>
    <message>
        <source>Improvements recorded</source>
        <translation>已記錄的改進</translation>
    </message>
    <message>
        <source>What the shop changed because of a complaint, written down during the period, so that the same thing does not happen again.</source>
        <translation>本期內記錄的、店鋪因投訴而做出的改變，避免同樣的事情再次發生。</translation>
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
        <translation>超過 4 周</translation>
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
        <translation>將案件轉為“{status}”</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新開啟…</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Back to investigating</source>
        <translation>退回調查</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>開始調查</translation>
    </message>
    <message>
        <source>Remedy agreed</source>
        <translation>已商定補救</translation>
    </message>
    <message>
        <source>Remedy carried out</source>
        <translation>已實施補救</translation>
    </message>
    <message>
        <source>Start follow-up</source>
        <translation>開始回訪</translation>
    </message>
    <message>
        <source>Close: recovered</source>
        <translation>結案：已挽回</translation>
    </message>
    <message>
        <source>Close: not recovered…</source>
        <translation>結案：未挽回…</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Reopen case {ref}</source>
        <translation>重新開啟案件 {ref}</translation>
    </message>
    <message>
        <source>Why is the case reopened? (e.g. the customer called: the repair failed again)</source>
        <translation>為什麼重新開啟這個案件？（例如：客戶來電說又修壞了）</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新開啟</translation>
    </message>
    <message>
        <source>Close case {ref} as not recovered</source>
        <translation>將案件 {ref} 以“未挽回”結案</translation>
    </message>
    <message>
        <source>The customer did not accept the shop&apos;s decision. What options were they told they still have? (e.g. the consumer association, a written complaint to head office)</source>
        <translation>客戶不接受店鋪的處理決定。已告訴客戶還有哪些途徑？（例如：消費者協會、向總部書面投訴）</translation>
    </message>
    <message>
        <source>Close as not recovered</source>
        <translation>以“未挽回”結案</translation>
    </message>
    <message>
        <source>Delete case {ref}</source>
        <translation>刪除案件 {ref}</translation>
    </message>
    <message>
        <source>The case disappears from every list but stays in the archive, and the deletion is recorded. Why is it deleted? (e.g. entered twice)</source>
        <translation>案件將從所有列表中消失，但仍保留在檔案中，刪除操作也會記錄下來。為什麼要刪除？（例如：重複登記）</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>刪除案件</translation>
    </message>
    <message>
        <source>Remove a remedy from case {ref}</source>
        <translation>從案件 {ref} 移除補救</translation>
    </message>
    <message>
        <source>The remedy leaves the case; the removal and what the remedy was are recorded. Why is it removed? (e.g. entered on the wrong case)</source>
        <translation>補救將從案件中移除；移除操作及補救內容都會被記錄。為什麼移除？（例如：錄入到了錯誤的案件）</translation>
    </message>
    <message>
        <source>Remove remedy</source>
        <translation>移除補救</translation>
    </message>
    <message>
        <source>Cancel a follow-up of case {ref}</source>
        <translation>取消案件 {ref} 的回訪</translation>
    </message>
    <message>
        <source>Why is the follow-up cancelled? (e.g. the customer asked not to be called)</source>
        <translation>為什麼取消回訪？（例如：顧客要求不要再打電話）</translation>
    </message>
    <message>
        <source>Cancel follow-up</source>
        <translation>取消回訪</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>This paper could not be made. Nothing was printed or saved.</source>
        <translation>無法生成這份檔案，沒有列印也沒有儲存任何內容。</translation>
    </message>
    <message>
        <source>The details are in {0}: please send that file to whoever looks after Amends for you.</source>
        <translation>詳細情況記錄在 {0}：請把這個檔案發給為您維護 Amends 的人。</translation>
    </message>
    <message>
        <source>These characters cannot be printed with the fonts Amends has and would show as □: {0}</source>
        <translation>以下字元 Amends 自帶的字型無法列印，會顯示為 □：{0}</translation>
    </message>
    <message>
        <source>Characters that cannot be printed</source>
        <translation>無法列印的字元</translation>
    </message>
    <message>
        <source>No font Amends has can print these characters; on paper each would be a □:

{0}

Print or save anyway?</source>
        <translation>Amends 的字型都無法列印以下字元，紙上每個都會變成 □：

{0}

仍要列印或儲存嗎？</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Set password</source>
        <translation>設定密碼</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>取消密碼</translation>
    </message>
    <message>
        <source>What the password protects: opening the Amends window on this computer. Whoever starts Amends here must type it first.</source>
        <translation>密碼保護的是：在這臺電腦上開啟 Amends 視窗。在這裡啟動 Amends 的人必須先輸入密碼。</translation>
    </message>
    <message>
        <source>What it does not protect: the archive file itself (amends.db is not encrypted: anyone who can copy it can read it with other programs), the amends command line (its commands open the archive without asking for the password), and backups (copies of the file, not locked either). Keep this computer&apos;s user account, the data folder and the backups safe.</source>
        <translation>密碼不保護的是：檔案本身（amends.db 沒有加密，任何能複製它的人都能用其他程式讀取）、amends 命令列（其命令開啟檔案時不會要求輸入密碼）以及備份（它們是檔案的副本，同樣沒有加鎖）。請妥善保管這臺電腦的使用者賬戶、資料所在的資料夾和備份。</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>當前密碼：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密碼：</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>再次輸入新密碼：</translation>
    </message>
    <message>
        <source>A password is asked at start.</source>
        <translation>啟動時需要輸入密碼。</translation>
    </message>
    <message>
        <source>No password is asked at start.</source>
        <translation>啟動時不需要密碼。</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>當前密碼不正確。</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>請至少使用 %n 個字元。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>兩次輸入的新密碼不一致。</translation>
    </message>
    <message>
        <source>The password is asked when Amends starts. It keeps passers-by out of the window; keep backups safe too, they are not locked.</source>
        <translation type="vanished">啟動 Amends 時會要求輸入密碼，防止路過的人檢視視窗；備份檔案沒有加鎖，也請妥善保管。</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存為 PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存為 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Amends</source>
        <translation>Amends</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>無法啟動印表機。</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>無法儲存 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>The customer&apos;s name</source>
        <translation>客戶姓名</translation>
    </message>
    <message>
        <source>The customer&apos;s postal address</source>
        <translation>客戶的郵寄地址</translation>
    </message>
    <message>
        <source>The case reference, e.g. 2026-0042</source>
        <translation>投訴編號，例如 2026-0042</translation>
    </message>
    <message>
        <source>The day the complaint was received</source>
        <translation>收到投訴的日期</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>今天的日期</translation>
    </message>
    <message>
        <source>The date by which the case is to be resolved</source>
        <translation>承諾解決的日期</translation>
    </message>
    <message>
        <source>The complaint in brief (a short excerpt)</source>
        <translation>投訴內容摘要（簡短節選）</translation>
    </message>
    <message>
        <source>The complaint in full</source>
        <translation>投訴全文</translation>
    </message>
    <message>
        <source>The product or service complained about</source>
        <translation>被投訴的商品或服務</translation>
    </message>
    <message>
        <source>The order or receipt number</source>
        <translation>訂單號或小票號</translation>
    </message>
    <message>
        <source>What the shop changed so it does not happen again</source>
        <translation>為避免再次發生而做的改進</translation>
    </message>
    <message>
        <source>The remedies in a few words, e.g. &apos;refund and voucher&apos;</source>
        <translation>補救措施的簡稱，例如“退款和代金券”</translation>
    </message>
    <message>
        <source>Every remedy with details and amount, as a list</source>
        <translation>逐項列出補救措施及金額</translation>
    </message>
    <message>
        <source>The remedies already carried out, with amounts</source>
        <translation>已經辦理的補救及金額</translation>
    </message>
    <message>
        <source>The remedies already carried out, one per line, as a list</source>
        <translation>已經辦理的補救，逐條列出</translation>
    </message>
    <message>
        <source>The remedies agreed but not yet carried out</source>
        <translation>已商定、尚未辦理的補救</translation>
    </message>
    <message>
        <source>The remedies agreed but not yet carried out, as a list</source>
        <translation>已商定、尚未辦理的補救，逐條列出</translation>
    </message>
    <message>
        <source>The day the agreed remedies will be carried out</source>
        <translation>商定的補救將辦妥的日期</translation>
    </message>
    <message>
        <source>Total money value of the remedies carried out, e.g. ¥38.00</source>
        <translation>已辦理補救的合計金額，例如 ¥38.00</translation>
    </message>
    <message>
        <source>At least one remedy has been carried out</source>
        <translation>至少有一項補救已經辦理</translation>
    </message>
    <message>
        <source>At least one remedy is agreed but not yet carried out</source>
        <translation>至少有一項補救已商定但尚未辦理</translation>
    </message>
    <message>
        <source>The case is closed</source>
        <translation>案件已結案</translation>
    </message>
    <message>
        <source>The follow-up call or visit has taken place</source>
        <translation>已經完成回訪</translation>
    </message>
    <message>
        <source>The customer receives a goodwill voucher</source>
        <translation>顧客會收到代金券</translation>
    </message>
    <message>
        <source>The goodwill voucher&apos;s code</source>
        <translation>代金券券號</translation>
    </message>
    <message>
        <source>The goodwill voucher&apos;s value</source>
        <translation>代金券面值</translation>
    </message>
    <message>
        <source>The last day the voucher can be used</source>
        <translation>代金券的最後使用日期</translation>
    </message>
    <message>
        <source>The day of the follow-up</source>
        <translation>回訪日期</translation>
    </message>
    <message>
        <source>The staff member who signs and takes responsibility</source>
        <translation>署名並負責的員工</translation>
    </message>
    <message>
        <source>The shop&apos;s name</source>
        <translation>店鋪名稱</translation>
    </message>
    <message>
        <source>The shop&apos;s phone number</source>
        <translation>店鋪電話</translation>
    </message>
    <message>
        <source>The shop&apos;s e-mail address</source>
        <translation>店鋪電子郵箱</translation>
    </message>
    <message>
        <source>The shop&apos;s address</source>
        <translation>店鋪地址</translation>
    </message>
    <message>
        <source>Total money value of the remedies, e.g. ¥38.00</source>
        <translation type="vanished">補救措施的金額合計，例如 ¥38.00</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Attachments as full pages</source>
        <translation>附件整頁列印</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="vanished">語言</translation>
    </message>
    <message>
        <source>Case sheet {ref}</source>
        <translation>投訴案卷 {ref}</translation>
    </message>
    <message>
        <source>Job tag {ref}</source>
        <translation>返修標籤 {ref}</translation>
    </message>
    <message>
        <source>Blank intake form</source>
        <translation>空白投訴登記表</translation>
    </message>
    <message>
        <source>The document could not be made: {error}</source>
        <translation type="vanished">無法生成文件：{error}</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Amends may not write in {folder}, so it cannot save anything there. The archive can still be opened read-only, to look, print and export.</source>
        <translation>Amends 無權寫入 {folder}，所以無法在那裡儲存任何內容。檔案仍可以只讀方式開啟，用來檢視、列印和匯出。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be made ({detail}).</source>
        <translation>無法建立資料夾 {folder}（{detail}）。</translation>
    </message>
    <message>
        <source>There is no archive in {folder}.</source>
        <translation>{folder} 中沒有檔案。</translation>
    </message>
    <message>
        <source>{path} is a folder, not an archive file. Choose another folder for the archive, or rename that folder.</source>
        <translation>{path} 是一個資料夾，不是檔案。請為檔案另選一個資料夾，或給那個資料夾改名。</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Amends; update Amends to open it.</source>
        <translation>{path} 是由更新版本的 Amends 寫入的；請先更新 Amends 再開啟它。</translation>
    </message>
    <message>
        <source>The archive could not be read ({detail}).</source>
        <translation>無法讀取檔案（{detail}）。</translation>
    </message>
    <message>
        <source>There is no archive at {path} to back up.</source>
        <translation>{path} 處沒有可備份的檔案。</translation>
    </message>
    <message>
        <source>The backup failed its check, so it was not kept as a backup (set aside as {file}): {problem}</source>
        <translation>備份沒有通過檢查，因此沒有作為備份保留（已另存為 {file}）：{problem}</translation>
    </message>
    <message>
        <source>A backup is already running into {folder} ({holder}). Wait for it to finish, then try again.</source>
        <translation>已有一個備份正在寫入 {folder}（{holder}）。請等它完成後再試。</translation>
    </message>
    <message>
        <source>Amends may not write into {folder}. Choose a folder you can write to.</source>
        <translation>Amends 無權寫入 {folder}。請選擇一個可以寫入的資料夾。</translation>
    </message>
    <message>
        <source>The file is damaged ({detail}).</source>
        <translation>該檔案已損壞（{detail}）。</translation>
    </message>
    <message>
        <source>This file is not an Amends archive.</source>
        <translation>該檔案不是 Amends 檔案。</translation>
    </message>
    <message>
        <source>The file is damaged or is not an Amends backup.</source>
        <translation>該檔案已損壞，或者不是 Amends 備份。</translation>
    </message>
    <message>
        <source>The file cannot be read ({detail}).</source>
        <translation>無法讀取該檔案（{detail}）。</translation>
    </message>
    <message>
        <source>The backup folder {folder} is not there. If it is on a USB stick or external disk, plug it in and try again.</source>
        <translation>找不到備份資料夾 {folder}。如果它在 U 盤或行動硬碟上，請插上後再試。</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full. Free some space or choose another folder.</source>
        <translation>{folder} 所在的磁碟已滿。請釋放一些空間，或選擇另一個資料夾。</translation>
    </message>
    <message>
        <source>The folder {folder} is not there any more. Plug in the disk or choose another.</source>
        <translation>資料夾 {folder} 已經不在了。請插上那個磁碟，或另選一個資料夾。</translation>
    </message>
    <message>
        <source>Could not write into {folder}: {detail}</source>
        <translation>無法寫入 {folder}：{detail}</translation>
    </message>
    <message>
        <source>This archive is open read-only, so nothing can be changed or saved.</source>
        <translation>此檔案以只讀方式開啟，因此不能修改或儲存任何內容。</translation>
    </message>
    <message>
        <source>Something recorded since refers to this (a letter, a file, a colleague&apos;s later work), so it cannot be undone without losing that.</source>
        <translation>之後記錄的內容（一封信、一個檔案、同事後來的處理）還用到了它，撤銷就會丟掉那些內容，因此無法撤銷。</translation>
    </message>
    <message>
        <source>This was changed again after it was done (perhaps on another computer), so it cannot be undone or redone without losing that change.</source>
        <translation>這項內容之後又被修改過（可能是在另一臺電腦上），撤銷或重做都會丟掉那次修改，因此無法進行。</translation>
    </message>
    <message>
        <source>The archive file cannot be read ({detail}).</source>
        <translation>無法讀取檔案（{detail}）。</translation>
    </message>
    <message>
        <source>The archive file is empty (0 bytes): its records are gone from it. Restore the latest backup.</source>
        <translation>檔案是空的（0 位元組）：裡面的記錄已經沒有了。請恢復最新的備份。</translation>
    </message>
    <message>
        <source>The archive file is not a database: it may have been overwritten or damaged.</source>
        <translation>這個檔案已無法識別：它可能被覆蓋或已損壞。</translation>
    </message>
    <message>
        <source>The archive file is damaged: it is shorter than it should be and the missing part is nowhere to be found.</source>
        <translation>檔案已損壞：它比應有的長度短，缺少的部分找不到了。</translation>
    </message>
    <message>
        <source>The archive file is damaged ({detail}).</source>
        <translation>檔案已損壞（{detail}）。</translation>
    </message>
    <message>
        <source>The archive could not be checked ({detail}).</source>
        <translation>無法檢查檔案（{detail}）。</translation>
    </message>
    <message>
        <source>The archive is busy in another copy of Amends or another Amends command, so nothing was saved. Try again in a moment.</source>
        <translation>檔案正被另一個 Amends 視窗或另一個 Amends 命令佔用，因此沒有儲存任何內容。請稍後再試。</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>磁碟已滿，因此沒有儲存任何內容。請釋放一些空間後再試。</translation>
    </message>
    <message>
        <source>The archive&apos;s folder cannot be written to, so nothing was saved. It can still be opened read-only, to look, print and export.</source>
        <translation>檔案所在的資料夾無法寫入，因此沒有儲存任何內容。檔案仍可以只讀方式開啟，用來檢視、列印和匯出。</translation>
    </message>
    <message>
        <source>The archive file is damaged ({detail}). Restore the latest backup.</source>
        <translation>檔案已損壞（{detail}）。請恢復最新的備份。</translation>
    </message>
    <message>
        <source>The archive {path} could not be read or written ({detail}).</source>
        <translation>無法讀寫檔案 {path}（{detail}）。</translation>
    </message>
    <message>
        <source>The archive could not be read or written ({detail}).</source>
        <translation>無法讀寫檔案（{detail}）。</translation>
    </message>
    <message>
        <source>the Amends window</source>
        <translation>Amends 視窗</translation>
    </message>
    <message>
        <source>amends restore</source>
        <translation>恢復命令 amends restore</translation>
    </message>
    <message>
        <source>amends backup</source>
        <translation>備份命令 amends backup</translation>
    </message>
    <message>
        <source>amends erase-customer</source>
        <translation>刪除客戶資料的命令 amends erase-customer</translation>
    </message>
    <message>
        <source>amends import</source>
        <translation>匯入命令 amends import</translation>
    </message>
    <message>
        <source>another Amends program</source>
        <translation>另一個 Amends 程式</translation>
    </message>
    <message>
        <source>{who} (process {pid})</source>
        <translation>{who}（程序 {pid}）</translation>
    </message>
    <message>
        <source>The archive in {folder} is in use by {holder}. Close it (or wait for it to finish) and try again.</source>
        <translation>{folder} 中的檔案正被 {holder} 使用。請關閉它（或等它完成）後再試。</translation>
    </message>
    <message>
        <source>Amends may not write into {folder}; the archive can only be opened read-only there.</source>
        <translation>Amends 無權寫入 {folder}；那裡的檔案只能以只讀方式開啟。</translation>
    </message>
    <message>
        <source>Cannot use the folder {folder} ({detail}).</source>
        <translation>無法使用資料夾 {folder}（{detail}）。</translation>
    </message>
    <message>
        <source>customer {customer} is already erased</source>
        <translation>客戶 {customer} 的資料已經刪除</translation>
    </message>
    <message>
        <source>customer {customer} was merged into {into}: erase that customer</source>
        <translation>客戶 {customer} 已合併到客戶 {into}：請刪除那位客戶的資料</translation>
    </message>
    <message>
        <source>This backup is of the shop “{backup_shop}”, but this archive is “{our_shop}”. Nothing was restored.</source>
        <translation>這個備份屬於店鋪“{backup_shop}”，而當前檔案是“{our_shop}”。沒有恢復任何內容。</translation>
    </message>
    <message>
        <source>Could not restore {backup}: {problem} The archive is unchanged.</source>
        <translation>無法恢復 {backup}：{problem}檔案沒有改動。</translation>
    </message>
    <message>
        <source>Could not restore: {problem} The archive is unchanged.</source>
        <translation>無法恢復：{problem}檔案沒有改動。</translation>
    </message>
    <message>
        <source>{backup} is not a usable backup: {problem}</source>
        <translation>{backup} 不是可用的備份：{problem}</translation>
    </message>
    <message>
        <source>{backup} was made by a newer version of Amends.</source>
        <translation>{backup} 是由更新版本的 Amends 製作的。</translation>
    </message>
    <message>
        <source>The restored copy failed its check ({problem}). The archive is unchanged.</source>
        <translation>恢復出的副本沒有通過檢查（{problem}）。檔案沒有改動。</translation>
    </message>
    <message>
        <source>The archive is busy in another program, so nothing was restored. Close it and try again.</source>
        <translation>檔案正被另一個程式佔用，因此沒有恢復任何內容。請關閉那個程式後再試。</translation>
    </message>
    <message>
        <source>No safety copy of the current archive could be made, so nothing was restored: {problem}</source>
        <translation>無法為當前檔案製作安全副本，因此沒有恢復任何內容：{problem}</translation>
    </message>
    <message>
        <source>technical detail: {detail}</source>
        <translation>技術細節：{detail}</translation>
    </message>
    <message>
        <source>{current} → {target} is not allowed</source>
        <translation>不能從“{current}”改為“{target}”</translation>
    </message>
    <message>
        <source>reopening a case needs a reason</source>
        <translation>重新開啟案件需要填寫原因</translation>
    </message>
    <message>
        <source>A file could not be read or written ({detail}).</source>
        <translation>無法讀寫檔案（{detail}）。</translation>
    </message>
    <message>
        <source>Something went wrong ({detail}).</source>
        <translation>出了點問題（{detail}）。</translation>
    </message>
</context>
<context>
    <name>RecordFollowUpDialog</name>
    <message>
        <source>Follow-up for case {ref} · {name}</source>
        <translation>案件 {ref} · {name} 的回訪</translation>
    </message>
    <message>
        <source>Plan another follow-up on</source>
        <translation>再安排一次回訪，日期</translation>
    </message>
    <message>
        <source>Planned for:</source>
        <translation>計劃日期：</translation>
    </message>
    <message>
        <source>Done at:</source>
        <translation>完成時間：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Satisfaction (1–5):</source>
        <translation>滿意度（1–5）：</translation>
    </message>
    <message>
        <source>Recovery accepted:</source>
        <translation>接受補救：</translation>
    </message>
    <message>
        <source>Will come back:</source>
        <translation>還會再來：</translation>
    </message>
    <message>
        <source>Anything still wrong:</source>
        <translation>仍有問題：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
</context>
<context>
    <name>RecoveryHint</name>
    <message>
        <source>Good: you said sorry in the first minutes, in your own name, before explaining anything, and you did not argue.</source>
        <translation>做得好：在最初幾分鐘裡以自己的名義道歉，先道歉後解釋，沒有爭辯。</translation>
    </message>
    <message>
        <source>Good: what went wrong was put right on the spot (new dish, corrected bill, redone order) and the customer knows what happens next and when.</source>
        <translation>做得好：問題當場得到糾正（重做菜品、更正賬單、重做訂單），客戶也知道接下來會怎樣、什麼時候。</translation>
    </message>
    <message>
        <source>Good: the customer heard you name the trouble it caused them and how they feel; you wrote their words down and read them back.</source>
        <translation>做得好：您說出了給客戶帶來的麻煩和客戶的感受，記下客戶的話並複述確認。</translation>
    </message>
    <message>
        <source>Good: a gesture the customer values and the shop can afford, in proportion to the harm and to what the customer means to the shop.</source>
        <translation>做得好：補償讓客戶看重、店裡負擔得起，與損失程度和客戶對店鋪的價值相稱。</translation>
    </message>
    <message>
        <source>Good: you called back after the fix, asked whether the remedy worked and anything is still wrong, and told the team what you heard.</source>
        <translation>做得好：補救後進行了回訪，詢問補救是否有效、是否還有問題，並把反饋告訴了同事。</translation>
    </message>
</context>
<context>
    <name>RecoveryScreens</name>
    <message>
        <source>Follow-ups</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Show the Follow-ups page</source>
        <translation>顯示回訪頁面</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n 個回訪到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due today or overdue: see the Follow-ups page.</source>
        <translation>
            <numerusform>%n 個回訪今天到期或已逾期：請查看回訪頁面。</numerusform>
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
        <translation>緊急復原</translation>
    </message>
    <message>
        <source>Empathy</source>
        <translation>體諒感受</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>補償</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟蹤回訪</translation>
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
        <translation>給予日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Cost to shop</source>
        <translation>店鋪成本</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>客戶接受</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Add remedy…</source>
        <translation>新增補救措施…</translation>
    </message>
    <message>
        <source>Edit remedy…</source>
        <translation>編輯補救…</translation>
    </message>
    <message>
        <source>Remove remedy…</source>
        <translation>移除補救…</translation>
    </message>
</context>
<context>
    <name>RemedyDialog</name>
    <message>
        <source>Add a remedy to case {ref}</source>
        <translation>為案件 {ref} 新增補救措施</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>請選擇…</translation>
    </message>
    <message>
        <source>e.g. new cake delivered, voucher no. 118</source>
        <translation>例如：已送上新蛋糕，代金券 118 號</translation>
    </message>
    <message>
        <source>What the remedy is worth to the customer</source>
        <translation>補救對客戶的價值</translation>
    </message>
    <message>
        <source>What it costs the shop</source>
        <translation>店鋪付出的成本</translation>
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
        <translation>客戶</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>補救</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>客戶接受</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Nothing was given before for this cause or to this customer.</source>
        <translation>以前沒有因這個原因或給這位客戶做過補償。</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>型別：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>說明：</translation>
    </message>
    <message>
        <source>Amount to the customer:</source>
        <translation>給客戶的金額：</translation>
    </message>
    <message>
        <source>Cost to the shop:</source>
        <translation>店鋪成本：</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>給予日期：</translation>
    </message>
    <message>
        <source>Given by:</source>
        <translation>經辦人：</translation>
    </message>
    <message>
        <source>Accepted by the customer:</source>
        <translation>客戶是否接受：</translation>
    </message>
    <message>
        <source>This customer</source>
        <translation>這位客戶</translation>
    </message>
    <message>
        <source>Given before — this customer first, then the same cause</source>
        <translation>以往給過的補償 — 先列這位客戶的，再列同類原因的</translation>
    </message>
    <message>
        <source>{tenure}, with the shop since {since}</source>
        <translation>{tenure}，自 {since} 起成為本店客戶</translation>
    </message>
    <message>
        <source>{n} complaints ({recent} in the last 12 months)</source>
        <translation>{n} 次投訴（近 12 個月 {recent} 次）</translation>
    </message>
    <message>
        <source>Given so far: {amount} (cost to the shop {cost})</source>
        <translation>至今已給：{amount}（店鋪成本 {cost}）</translation>
    </message>
    <message>
        <source>Average satisfaction after recovery: {score:.1f}/5</source>
        <translation>補救後平均滿意度：{score:.1f}/5</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>這位客戶</translation>
    </message>
    <message>
        <source>Edit a remedy of case {ref}</source>
        <translation>編輯案件 {ref} 的補救</translation>
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
        <translation>換貨</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>維修</translation>
    </message>
    <message>
        <source>Correction (bill, order)</source>
        <translation>更正（賬單、訂單）</translation>
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
        <translation>贈品</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>升級</translation>
    </message>
    <message>
        <source>Apology only</source>
        <translation>僅道歉</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解釋說明</translation>
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
        <translation>非常不滿意</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>very happy</source>
        <translation>非常滿意</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <source>This could not be saved: {reason}</source>
        <translation>無法儲存：{reason}</translation>
    </message>
</context>
<context>
    <name>ScheduleFollowUpDialog</name>
    <message>
        <source>Plan a follow-up for case {ref}</source>
        <translation>為案件 {ref} 安排回訪</translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation>回訪日期：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Reschedule a follow-up of case {ref}</source>
        <translation>為案件 {ref} 的回訪改期</translation>
    </message>
</context>
<context>
    <name>Segment</name>
    <message>
        <source>Key customer</source>
        <translation>主力客戶</translation>
    </message>
    <message>
        <source>Regular customer</source>
        <translation>一般客戶</translation>
    </message>
    <message>
        <source>Occasional customer</source>
        <translation>零散客戶</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Same as the system</source>
        <translation>跟隨系統</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>店鋪(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>員工(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language and paper</source>
        <translation>語言和紙張(&amp;L)</translation>
    </message>
    <message>
        <source>A new interface language shows the next time Amends starts.</source>
        <translation>新的介面語言將在下次啟動 Amends 時生效。</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>介面語言(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>紙張大小(&amp;P)：</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小時</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>The sooner a customer hears back, the more likely they stay. Cases that miss these targets are shown as overdue.</source>
        <translation>客戶越早得到回應，越可能留下來。超過這些時限的案件會顯示為逾期。</translation>
    </message>
    <message>
        <source>&amp;Acknowledge a complaint within:</source>
        <translation>受理投訴時限(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Resolve a complaint within:</source>
        <translation>解決投訴時限(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Follow up after a remedy:</source>
        <translation>補救後回訪間隔(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Money and hours</source>
        <translation>貨幣和營業時間(&amp;M)</translation>
    </message>
    <message>
        <source>The monthly summary counts complaints received outside these hours separately.</source>
        <translation>月度總結會單獨統計在營業時間以外收到的投訴。</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>貨幣(&amp;C)：</translation>
    </message>
    <message>
        <source>Opens a&amp;t:</source>
        <translation type="vanished">開門時間(&amp;T)：</translation>
    </message>
    <message>
        <source>Closes at:</source>
        <translation>關門時間：</translation>
    </message>
    <message>
        <source>It must close after it opens.</source>
        <translation>關門時間必須晚於開門時間。</translation>
    </message>
    <message>
        <source>Tar&amp;gets</source>
        <translation>時限目標(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Default letter language:</source>
        <translation>信件預設語言(&amp;D)：</translation>
    </message>
    <message>
        <source>Ta&amp;rgets</source>
        <translation type="vanished">時限目標(&amp;R)</translation>
    </message>
    <message>
        <source>Default &amp;letter language:</source>
        <translation type="vanished">信件預設語言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Opens at:</source>
        <translation>開門時間(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Low</source>
        <translation>輕微</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>High</source>
        <translation>嚴重</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>特別嚴重</translation>
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
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>電子郵件(&amp;E)：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>標誌：</translation>
    </message>
    <message>
        <source>As printed on your letters</source>
        <translation>印在信件上的名稱</translation>
    </message>
    <message>
        <source>&amp;Choose image…</source>
        <translation>選擇圖片(&amp;C)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>選擇標誌圖片</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>移除標誌</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>無標誌</translation>
    </message>
    <message>
        <source>This file is not an image Amends can read. Use PNG or JPEG.</source>
        <translation>Amends 無法讀取此圖片檔案，請使用 PNG 或 JPEG。</translation>
    </message>
    <message>
        <source>Choose the shop logo</source>
        <translation>選擇店鋪標誌</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>圖片 (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
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
        <translation>在時限內</translation>
    </message>
    <message>
        <source>Late or never</source>
        <translation>超時或未確認</translation>
    </message>
    <message>
        <source>Within 1 day</source>
        <translation>1 天內</translation>
    </message>
    <message>
        <source>Within 3 days</source>
        <translation>3 天內</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>7 天內</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>更久</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>未解決</translation>
    </message>
</context>
<context>
    <name>Spread</name>
    <message>
        <source>This customer only</source>
        <translation>僅此一位客戶</translation>
    </message>
    <message>
        <source>Several customers</source>
        <translation>多位客戶</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>Untick a colleague who has left. Their past cases keep their name.</source>
        <translation>同事離職後取消勾選即可，他們經手的案件仍保留其姓名。</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>員工</translation>
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
        <translation>檔案正被{holder}使用。請等它結束後再啟動 Amends。</translation>
    </message>
    <message>
        <source>The archive is damaged</source>
        <translation>檔案已損壞</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>已恢復備份</translation>
    </message>
    <message>
        <source>The archive file is empty (0 bytes): its content has been lost.</source>
        <translation>檔案是空的（0 位元組）：其中的內容已經丟失。</translation>
    </message>
    <message>
        <source>Amends cannot create the folder {folder} ({reason}). If it is on a USB stick or an external disk, plug it in; otherwise ask whoever looks after this PC for permission to write there. Then start Amends again.</source>
        <translation>Amends 無法建立資料夾 {folder}（{reason}）。如果它在 U 盤或行動硬碟上，請先插好；否則請讓負責這臺電腦的人給您在那裡寫入的許可權。然後重新啟動 Amends。</translation>
    </message>
    <message>
        <source>The backup {details} is now your archive. The damaged file was kept as {aside}.</source>
        <translation>{details}的備份現在是您的檔案。損壞的檔案已保留為 {aside}。</translation>
    </message>
    <message>
        <source>The archive&apos;s folder is read-only</source>
        <translation>檔案所在的資料夾是隻讀的</translation>
    </message>
    <message>
        <source>Amends may not save in {folder}, and there is no archive there to look at. If it is a USB stick with a write-protect switch, slide it to unlocked; otherwise ask whoever looks after this PC for permission to write there. Nothing was changed.</source>
        <translation>Amends 不能在 {folder} 中儲存，那裡也沒有可檢視的檔案。如果是帶防寫開關的 U 盤，請把開關撥到解鎖；否則請讓負責這臺電腦的人給您在那裡寫入的許可權。沒有做任何更改。</translation>
    </message>
    <message>
        <source>Amends may not save in {folder} (a write-protected USB stick or disk, or a folder you have no permission for). It can open the archive read-only: you can look at cases, print and export, but not change anything. Open it read-only?</source>
        <translation>Amends 不能在 {folder} 中儲存（防寫的 U 盤或磁碟，或您沒有許可權的資料夾）。可以以只讀方式開啟檔案：您可以檢視案例、列印和匯出，但不能修改任何內容。以只讀方式開啟嗎？</translation>
    </message>
    <message>
        <source>Amends cannot create the folder {folder} ({reason}). Start it with another folder: amends --data-dir DIR</source>
        <translation type="vanished">Amends 無法建立資料夾 {folder}（{reason}）。請換一個資料夾啟動：amends --data-dir 資料夾</translation>
    </message>
    <message>
        <source>Amends may not save in {folder}, so it cannot keep your records safe there. Ask for write permission on that folder, or start Amends with another one (amends --data-dir DIR). Nothing was changed.</source>
        <translation type="vanished">Amends 無權在 {folder} 中儲存，無法在那裡妥善保管您的記錄。請申請該資料夾的寫入許可權，或換一個資料夾啟動 Amends（amends --data-dir 資料夾）。沒有任何改動。</translation>
    </message>
    <message>
        <source>{problem}

No usable backup was found in {folder}. If you keep backups elsewhere (a USB stick), restore one with: amends restore FILE. The damaged file {path} is left untouched.</source>
        <translation type="vanished">{problem}

在 {folder} 中沒有找到可用的備份。如果您把備份放在別處（例如 U 盤），可以用以下命令恢復：amends restore 檔案。損壞的檔案 {path} 保持原樣，未作改動。</translation>
    </message>
    <message>
        <source>{problem}

Restore the latest good backup, taken {when} ({customers} customers, {complaints} complaints)? Records saved after it will be missing. The damaged file is kept beside the archive for an expert.</source>
        <translation type="vanished">{problem}

要恢復最近一次完好的備份嗎？備份時間 {when}（{customers} 位客戶，{complaints} 條投訴）。此後儲存的記錄將會缺失。損壞的檔案會保留在檔案旁邊，供專業人員檢查。</translation>
    </message>
    <message>
        <source>The backup of {when} is now your archive. The damaged file was kept as {aside}.</source>
        <translation type="vanished">{when} 的備份現在是您的檔案。損壞的檔案已另存為 {aside}。</translation>
    </message>
    <message>
        <source>Amends may not save in {folder}, and there is no archive there to look at. Ask for write permission on that folder, or start Amends with another one (amends --data-dir DIR). Nothing was changed.</source>
        <translation type="vanished">Amends 不能在 {folder} 中儲存，而且那裡沒有可檢視的檔案。請申請該資料夾的寫入許可權，或用另一個資料夾啟動 Amends（amends --data-dir DIR）。沒有做任何更改。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Received</source>
        <translation>已登記</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>調查中</translation>
    </message>
    <message>
        <source>Remedy agreed</source>
        <translation>已商定補救</translation>
    </message>
    <message>
        <source>Remedy carried out</source>
        <translation>已實施補救</translation>
    </message>
    <message>
        <source>Following up</source>
        <translation>跟蹤回訪中</translation>
    </message>
    <message>
        <source>Closed: recovered</source>
        <translation>已結案：已挽回</translation>
    </message>
    <message>
        <source>Closed: not recovered</source>
        <translation>已結案：未挽回</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Monthly recovery summary</source>
        <translation>月度補救總結</translation>
    </message>
    <message>
        <source>Make the summary</source>
        <translation>生成總結</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="vanished">月份</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="vanished">語言</translation>
    </message>
    <message>
        <source>The summary could not be made: {error}</source>
        <translation type="vanished">無法生成總結：{error}</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <source>Monthly recovery summary {month} {language}</source>
        <translation>月度投訴補救報告 {month} {language}</translation>
    </message>
</context>
<context>
    <name>SummaryInsights</name>
    <message>
        <source>Satisfaction after recovery and what drives it</source>
        <translation>補救後的滿意度及其影響因素</translation>
    </message>
    <message>
        <source>{start} to {end}: {csat} of {n} scored follow-up answers were 4 or 5 out of 5; {back} of {asked} customers asked said they will come back.</source>
        <translation>{start} 至 {end}：{n} 個有評分的回訪回答中，{csat} 為 5 分制的 4 或 5 分；被問到的 {asked} 位客戶中 {back} 表示會再來。</translation>
    </message>
    <message>
        <source>{start} to {end}: only {n} scored follow-up answers, too few for a percentage.</source>
        <translation>{start} 至 {end}：有評分的回訪回答只有 {n} 個，太少，不計算百分比。</translation>
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
        <translation>滿意</translation>
    </message>
    <message>
        <source>Will come back</source>
        <translation>會再來</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答數</translation>
    </message>
    <message>
        <source>Values with fewer than {min} scored answers are left out ({hidden} of them).</source>
        <translation>評分回答少於 {min} 個的取值未列出（共 {hidden} 個）。</translation>
    </message>
    <message>
        <source>Improvements and their effect</source>
        <translation>改進措施及其效果</translation>
    </message>
    <message>
        <source>No improvement recorded yet.</source>
        <translation>尚未記錄任何改進措施。</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>改進措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
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
        <translation>預警如何判斷</translation>
    </message>
    <message>
        <source>A cause recurs when it came in each of the last three 30-day spans, at least 6 times in all, and no improvement addresses it.</source>
        <translation>某原因“反覆出現”是指：最近三個 30 天每段都有該原因的投訴，合計至少 6 次，且沒有針對它的改進措施。</translation>
    </message>
    <message>
        <source>An improvement&apos;s effect compares the cause&apos;s complaints a month in the 180 days before it was done with those since; it is judged only after 60 days and when at least 5 would have come at the old rate. It fell when so few would come by chance less than once in 20; it is without effect when as many came as before.</source>
        <translation>改進措施的效果：比較該原因在措施完成前 180 天與完成後的每月投訴數；完成滿 60 天、且按原來的水平應至少有 5 次投訴時才作判斷。偶然出現這麼少的機會不到二十分之一時算“已下降”；投訴與以前一樣多時算“沒有效果”。</translation>
    </message>
    <message>
        <source>Satisfied: answers of 4 or 5 out of 5 at the last follow-up of each case. Speed: acknowledged by the target time or not; received to first closed in calendar days.</source>
        <translation>滿意：每個案件最後一次回訪中 5 分制的 4 或 5 分。速度：是否在時限內確認受理；從收到投訴到首次結案的自然日數。</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>此後</translation>
    </message>
    <message>
        <source>Before and Since: the cause&apos;s complaints a month, with in brackets the number of complaints the rate rests on.</source>
        <translation>之前、此後：該原因每月的投訴數；括號內是這個數所依據的投訴件數。</translation>
    </message>
    <message>
        <source>A cause is rising when the last 30 days brought at least 5 of its complaints and far more than usual: at its own average over the six 30-day spans before, so many would come by chance less than once in 100 times (a Poisson test at the 1% level). A small cause going from 1 to 3 therefore raises no alarm.</source>
        <translation>某原因“上升”是指：近 30 天該原因的投訴至少 5 次，而且遠高於平常——按它之前六個 30 天的平均水平，偶然出現這麼多的機率不到百分之一，即顯著性水平為 1% 的泊松檢驗。因此一個小原因從 1 次變成 3 次不會觸發預警。</translation>
    </message>
    <message>
        <source>A customer is at risk when they complained at least twice in 12 months and a case is still open; when their last follow-up of the past 90 days scored 1 or 2 out of 5 or said they will not come back; when they are a key or special-care customer whose open case is past its target; or when they complain again after a case closed not recovered.</source>
        <translation>客戶“有流失風險”是指：12 個月內投訴至少兩次且仍有案件未結；或近 90 天最後一次回訪按 5 分制只打了 1 或 2 分，或表示不會再來；或主力客戶、重點關懷客戶的未結案件已超過目標期限；或上一件案件以“未挽回”結案後再次投訴。</translation>
    </message>
    <message>
        <source>A promise is overdue when an agreed remedy is not carried out by the date promised, or when a remedy was given 30 to 90 days ago and nobody has followed it up.</source>
        <translation>“承諾逾期”是指：已商定的補救到了承諾日期仍未實施；或補救已在 30 到 90 天前完成，卻沒有人回訪。</translation>
    </message>
    <message>
        <source>A warning dismissed with a reason stays hidden until the situation gets worse.</source>
        <translation>註明理由忽略的預警會一直隱藏，直到情況變得更糟。</translation>
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
        <translation type="vanished">之後（每月）</translation>
    </message>
    <message>
        <source>A cause is rising when the last 30 days brought at least 5 of its complaints and, at its average over the six 30-day spans before, so many would come by chance less than once in 100 (a Poisson test at the 1% level).</source>
        <translation type="vanished">某原因“上升”是指：近 30 天該原因的投訴至少 5 次，而且按它之前六個 30 天的平均水平，偶然出現這麼多的機會不到百分之一（顯著性水平 1% 的泊松檢驗）。</translation>
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
        <translation>儲存</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>恢復預設</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="vanished">信函</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="vanished">語言</translation>
    </message>
    <message>
        <source>Your own wording</source>
        <translation>自定義措辭</translation>
    </message>
    <message>
        <source>The wording Amends ships with</source>
        <translation>Amends 自帶的預設措辭</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>未儲存：</translation>
    </message>
    <message>
        <source>Insert…</source>
        <translation>插入…</translation>
    </message>
    <message>
        <source>Placeholder (a value of the case)</source>
        <translation>佔位符（案件中的一項內容）</translation>
    </message>
    <message>
        <source>Condition (a sentence only for some cases)</source>
        <translation>條件（只對部分案件出現的句子）</translation>
    </message>
    <message>
        <source>if {0}  —  {1}</source>
        <translation>如果 {0}  —  {1}</translation>
    </message>
    <message>
        <source>Preview for case</source>
        <translation type="vanished">預覽所用案件</translation>
    </message>
    <message>
        <source>Paragraphs are separated by a blank line. &apos;# &apos; starts the subject line, &apos;&gt; &apos; a quoted passage. A paragraph is left out when one of its placeholders has no value for the case; a sentence between {% if … %} and {% endif %} is printed only when the condition holds for the case. Insert… lists what you can use.</source>
        <translation>段落之間空一行。以“# ”開頭的是標題行，以“&gt; ”開頭的是引用段落。某個佔位符在該案件中沒有內容時，整段不列印；寫在 {% if … %} 和 {% endif %} 之間的句子只在條件成立時列印。“插入…”列出可以使用的內容。</translation>
    </message>
    <message>
        <source>This template cannot be printed yet:</source>
        <translation>這個模板還不能列印：</translation>
    </message>
    <message>
        <source>Paragraphs are separated by a blank line. &apos;# &apos; starts the subject line, &apos;&gt; &apos; a quoted passage. A paragraph is left out when one of its placeholders has no value for the case. Double-click a placeholder to insert it.</source>
        <translation type="vanished">段落之間用空行分隔。以“# ”開頭的是標題行，以“&gt; ”開頭的是引用段落。某段中的佔位符在該案件中沒有內容時，這一段會被省略。雙擊佔位符即可插入。</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation type="vanished">佔位符</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>信函：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <source>Preview for case:</source>
        <translation>預覽所用案件：</translation>
    </message>
</context>
<context>
    <name>TemplateProblem</name>
    <message>
        <source>Line {0}: write {{% if NAME %}}, {{% else %}} or {{% endif %}}.</source>
        <translation>第 {0} 行：請寫 {{% if 名稱 %}}、{{% else %}} 或 {{% endif %}}。</translation>
    </message>
    <message>
        <source>Line {0}: {{% if %}} needs one name, e.g. {{% if remedies_done %}}.</source>
        <translation>第 {0} 行：{{% if %}} 需要一個名稱，例如 {{% if remedies_done %}}。</translation>
    </message>
    <message>
        <source>Line {0}: unknown name “{1}” in {{% if %}} - did you mean “{2}”?</source>
        <translation>第 {0} 行：{{% if %}} 中的名稱“{1}”不存在——您是想寫“{2}”嗎？</translation>
    </message>
    <message>
        <source>Line {0}: unknown name “{1}” in {{% if %}}.</source>
        <translation>第 {0} 行：{{% if %}} 中的名稱“{1}”不存在。</translation>
    </message>
    <message>
        <source>Line {0}: {{% {1} %}} takes no name.</source>
        <translation>第 {0} 行：{{% {1} %}} 後面不能寫名稱。</translation>
    </message>
    <message>
        <source>Line {0}: {{% {1} %}} without an {{% if %}} before it.</source>
        <translation>第 {0} 行：{{% {1} %}} 前面沒有對應的 {{% if %}}。</translation>
    </message>
    <message>
        <source>Line {0}: {{% if %}} is never closed with {{% endif %}}.</source>
        <translation>第 {0} 行：{{% if %}} 沒有用 {{% endif %}} 結束。</translation>
    </message>
    <message>
        <source>Unknown placeholder {0} - did you mean {1}?</source>
        <translation>未知的佔位符 {0}——您是想寫 {1} 嗎？</translation>
    </message>
    <message>
        <source>Unknown placeholder {0}</source>
        <translation>未知的佔位符 {0}</translation>
    </message>
    <message>
        <source>{0} must be a paragraph on its own.</source>
        <translation>{0} 必須單獨成為一段。</translation>
    </message>
    <message>
        <source>Broken braces in “{0}”: every {{ needs a }} and a name between them. Write {{{{ and }}}} for a literal brace.</source>
        <translation>“{0}”中的花括號不完整：每個 {{ 都要有對應的 }}，中間寫名稱。要列印花括號本身，請寫 {{{{ 和 }}}}。</translation>
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
        <translation>新客戶</translation>
    </message>
    <message>
        <source>Established customer</source>
        <translation>老客戶</translation>
    </message>
    <message>
        <source>Loyal long-standing customer</source>
        <translation>忠誠的老客戶</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Complaint recorded</source>
        <translation>登記投訴</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>狀態變更</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>案件重新開啟</translation>
    </message>
    <message>
        <source>Recorded automatically</source>
        <translation>系統自動記錄</translation>
    </message>
    <message>
        <source>Case details corrected</source>
        <translation>更正案件資訊</translation>
    </message>
    <message>
        <source>Case deleted</source>
        <translation>刪除案件</translation>
    </message>
    <message>
        <source>Case restored</source>
        <translation>恢復案件</translation>
    </message>
    <message>
        <source>Customer records merged</source>
        <translation>合併客戶記錄</translation>
    </message>
    <message>
        <source>Remedy added</source>
        <translation>新增補救措施</translation>
    </message>
    <message>
        <source>Remedy changed</source>
        <translation>修改補救措施</translation>
    </message>
    <message>
        <source>Follow-up planned</source>
        <translation>安排回訪</translation>
    </message>
    <message>
        <source>Follow-up rescheduled</source>
        <translation>回訪改期</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>完成回訪</translation>
    </message>
    <message>
        <source>Follow-up cancelled</source>
        <translation>取消回訪</translation>
    </message>
    <message>
        <source>Recovery step ticked</source>
        <translation>勾選補救步驟</translation>
    </message>
    <message>
        <source>Recovery step unticked</source>
        <translation>取消勾選補救步驟</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>新增附件</translation>
    </message>
    <message>
        <source>Letter made</source>
        <translation>生成信函</translation>
    </message>
    <message>
        <source>Customer added</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <source>Customer details changed</source>
        <translation>修改客戶資訊</translation>
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
        <translation>補救已移除</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤銷</translation>
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
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間線</translation>
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
        <translation>登記投訴 {ref}</translation>
    </message>
    <message>
        <source>Move case {ref} to {status}</source>
        <translation>將案件 {ref} 改為“{status}”</translation>
    </message>
    <message>
        <source>Delete case {ref}</source>
        <translation>刪除案件 {ref}</translation>
    </message>
    <message>
        <source>Restore case {ref}</source>
        <translation>恢復案件 {ref}</translation>
    </message>
    <message>
        <source>Change the diagnosis of {ref}</source>
        <translation>修改 {ref} 的診斷</translation>
    </message>
    <message>
        <source>Tick a step of {ref}</source>
        <translation>勾選 {ref} 的一個步驟</translation>
    </message>
    <message>
        <source>Untick a step of {ref}</source>
        <translation>取消勾選 {ref} 的一個步驟</translation>
    </message>
    <message>
        <source>Attach a file to {ref}</source>
        <translation>為 {ref} 新增附件</translation>
    </message>
    <message>
        <source>Add a remedy to {ref}</source>
        <translation>為 {ref} 新增補救</translation>
    </message>
    <message>
        <source>Edit a remedy of {ref}</source>
        <translation>編輯 {ref} 的補救</translation>
    </message>
    <message>
        <source>Remove a remedy from {ref}</source>
        <translation>移除 {ref} 的補救</translation>
    </message>
    <message>
        <source>Plan a follow-up of {ref}</source>
        <translation>計劃 {ref} 的回訪</translation>
    </message>
    <message>
        <source>Reschedule a follow-up of {ref}</source>
        <translation>為 {ref} 的回訪改期</translation>
    </message>
    <message>
        <source>Cancel a follow-up of {ref}</source>
        <translation>取消 {ref} 的回訪</translation>
    </message>
    <message>
        <source>Record a follow-up of {ref}</source>
        <translation>記錄 {ref} 的回訪結果</translation>
    </message>
    <message>
        <source>Edit customer {name}</source>
        <translation>編輯顧客 {name}</translation>
    </message>
    <message>
        <source>Merge {name} into {into}</source>
        <translation>將 {name} 合併到 {into}</translation>
    </message>
    <message>
        <source>Change the settings</source>
        <translation>修改設定</translation>
    </message>
    <message>
        <source>Change the staff</source>
        <translation>修改員工</translation>
    </message>
    <message>
        <source>Import {count} rows</source>
        <translation>匯入 {count} 行</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>上一次修改</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>無法撤銷</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Amends is locked</source>
        <translation>Amends 已鎖定</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Password to open Amends:</source>
        <translation>開啟 Amends 的密碼：</translation>
    </message>
    <message>
        <source>That is not the password. Try again.</source>
        <translation>密碼不對，請再試一次。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>此項必填。</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation>太長了：最多 {limit} 個字元。</translation>
    </message>
    <message>
        <source>Contains invisible control characters.</source>
        <translation>含有不可見的控制字元。</translation>
    </message>
    <message>
        <source>Not a phone number: use digits, spaces, + - ( ) and an extension.</source>
        <translation>不是電話號碼：請只用數字、空格、+ - ( ) 和分機號。</translation>
    </message>
    <message>
        <source>Not an e-mail address (name@example.com).</source>
        <translation>不是電子郵件地址（格式如 name@example.com）。</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>這個日期還沒到。</translation>
    </message>
    <message>
        <source>This date is too long ago.</source>
        <translation>這個日期太久遠了。</translation>
    </message>
    <message>
        <source>Not an amount of money.</source>
        <translation>不是有效的金額。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金額不能為負數。</translation>
    </message>
    <message>
        <source>The amount is at most {limit}.</source>
        <translation>金額最多為 {limit}。</translation>
    </message>
    <message>
        <source>This date is more than a year ahead.</source>
        <translation>這個日期在一年以後了。</translation>
    </message>
    <message>
        <source>Please choose one.</source>
        <translation>請選擇一項。</translation>
    </message>
    <message>
        <source>Choose from 1 to 5.</source>
        <translation>請在 1 到 5 之間選擇。</translation>
    </message>
    <message>
        <source>The next follow-up must come after this one.</source>
        <translation>下一次回訪必須在這次之後。</translation>
    </message>
    <message>
        <source>A follow-up cannot be due before the complaint was received.</source>
        <translation>回訪日期不能早於收到投訴的時間。</translation>
    </message>
    <message>
        <source>The file is {size} MB; attachments may be at most {limit} MB. Scale the picture down or choose a smaller file.</source>
        <translation>檔案大小為 {size} MB，附件最大 {limit} MB。請縮小圖片或選擇較小的檔案。</translation>
    </message>
    <message>
        <source>Only pictures (PNG, JPEG, GIF, WebP) and PDF files can be attached.</source>
        <translation>只能新增圖片（PNG、JPEG、GIF、WebP）和 PDF 檔案作為附件。</translation>
    </message>
    <message>
        <source>The preview picture is too large.</source>
        <translation>預覽圖太大了。</translation>
    </message>
    <message>
        <source>Choose two different customers to merge.</source>
        <translation>請選擇兩個不同的客戶進行合併。</translation>
    </message>
    <message>
        <source>One of these customers no longer exists or was already merged.</source>
        <translation>其中一位客戶已不存在或已被合併。</translation>
    </message>
    <message>
        <source>This follow-up is already done; plan a new one instead.</source>
        <translation>這次回訪已經完成，請另外安排一次新的回訪。</translation>
    </message>
    <message>
        <source>No column is chosen for: {fields}</source>
        <translation>以下欄位還沒有選定列：{fields}</translation>
    </message>
    <message>
        <source>the same phone number is already on line {line}</source>
        <translation>同一個電話號碼已在第 {line} 行出現</translation>
    </message>
    <message>
        <source>a customer with this phone number is already in the archive</source>
        <translation>檔案中已有使用這個電話號碼的客戶</translation>
    </message>
    <message>
        <source>give the customer&apos;s phone or name</source>
        <translation>請填寫客戶的電話或姓名</translation>
    </message>
    <message>
        <source>“{ref}” is not a reference like 2026-0001</source>
        <translation>“{ref}”不是像 2026-0001 這樣的編號</translation>
    </message>
    <message>
        <source>{ref} is already on line {line}</source>
        <translation>{ref} 已在第 {line} 行出現</translation>
    </message>
    <message>
        <source>{ref} is already in the archive</source>
        <translation>{ref} 已在檔案中</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK/GB18030 text. Save it again from Excel as “CSV UTF-8”.</source>
        <translation>這個檔案既不是 UTF-8 也不是 GBK/GB18030 文本。請在 Excel 中另存為“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>檔案是空的。</translation>
    </message>
    <message>
        <source>Line {line} cannot be read: {error}</source>
        <translation>第 {line} 行無法讀取：{error}</translation>
    </message>
    <message>
        <source>“{text}” is not one of: {choices}</source>
        <translation>“{text}”不是以下之一：{choices}</translation>
    </message>
    <message>
        <source>“{text}” is not a date (write it as 2026-11-02 10:30)</source>
        <translation>“{text}”不是日期（請寫成 2026-11-02 10:30）</translation>
    </message>
    <message>
        <source>“{text}” is not a real date</source>
        <translation>“{text}”不是有效的日期</translation>
    </message>
    <message>
        <source>Excel turned this phone number into a number (1.38E+10); format the column as Text in Excel and save again</source>
        <translation>Excel 把這個電話號碼變成了數字（1.38E+10）；請在 Excel 中把這一列設為“文本”格式後重新儲存</translation>
    </message>
</context>
<context>
    <name>WarningKind</name>
    <message>
        <source>Customer at risk</source>
        <translation>客戶有流失風險</translation>
    </message>
    <message>
        <source>Promise overdue</source>
        <translation>承諾逾期</translation>
    </message>
    <message>
        <source>Cause rising</source>
        <translation>原因上升</translation>
    </message>
    <message>
        <source>Cause recurring, no improvement</source>
        <translation>原因反覆出現，無改進</translation>
    </message>
    <message>
        <source>Improvement without effect</source>
        <translation>改進沒有效果</translation>
    </message>
</context>
<context>
    <name>WatchListPage</name>
    <message>
        <source>Warning</source>
        <translation>預警</translation>
    </message>
    <message>
        <source>Customer / cause</source>
        <translation>客戶 / 原因</translation>
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
        <translation>理由與下一步</translation>
    </message>
    <message>
        <source>Why is this warning not needed now?</source>
        <translation>為什麼現在不需要這條預警？</translation>
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
        <translation>開啟案件</translation>
    </message>
    <message>
        <source>What worked before</source>
        <translation>以往有效的做法</translation>
    </message>
    <message>
        <source>Reading the warnings…</source>
        <translation>正在讀取預警…</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to look at.</source>
        <translation>
            <numerusform>有 %n 條預警需要檢視。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to warn about.</source>
        <translation>目前沒有需要預警的情況。</translation>
    </message>
    <message>
        <source>Select a warning about a case.</source>
        <translation>請選擇一條與案件相關的預警。</translation>
    </message>
    <message>
        <source>Looking for similar complaints…</source>
        <translation>正在查詢相似的投訴…</translation>
    </message>
    <message>
        <source>No similar closed complaint yet.</source>
        <translation>還沒有相似的已結案投訴。</translation>
    </message>
    <message>
        <source>no remedy recorded</source>
        <translation>未記錄補救</translation>
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
        <translation>歡迎使用 Amends</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome!&lt;/b&gt; Tell Amends about your shop; it goes on every letter you print. You can change all of this later under Settings.</source>
        <translation>&lt;b&gt;歡迎！&lt;/b&gt;請填寫店鋪資訊，它會出現在您列印的每一封信上。以後可以隨時在“設定”中修改。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>您的店鋪</translation>
    </message>
    <message>
        <source>Staff and printing</source>
        <translation>員工和列印</translation>
    </message>
    <message>
        <source>One name per line, e.g.
Li Na
Wang Qiang</source>
        <translation>每行一個姓名，例如：
李娜
王強</translation>
    </message>
    <message>
        <source>Staff names, one per line</source>
        <translation>員工姓名，每行一個</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>紙張大小</translation>
    </message>
    <message>
        <source>Open the &amp;demo shop</source>
        <translation>開啟演示店鋪(&amp;D)</translation>
    </message>
    <message>
        <source>Fill this archive with an invented café and a year of complaints, to look around.</source>
        <translation>在檔案中填入一家虛構的咖啡店和一年的投訴記錄，方便您先熟悉一下。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以後再說</translation>
    </message>
    <message>
        <source>Filling the demo shop, a few seconds…</source>
        <translation>正在填充演示店鋪，請稍候幾秒…</translation>
    </message>
    <message>
        <source>The demo shop could not be filled: {error}</source>
        <translation>無法填充演示店鋪：{error}</translation>
    </message>
    <message>
        <source>The demo shop opens in a window of its own; your archive stays as it is. Set up your shop here when you are ready, or click Later.</source>
        <translation>演示店鋪將在單獨的視窗中開啟，您的檔案保持不變。準備好後在這裡設定您的店鋪，或點選“以後再說”。</translation>
    </message>
    <message>
        <source>The demo shop is ready but its window could not be opened: choose File › Open the demo shop in the main window.</source>
        <translation>演示店鋪已生成，但無法開啟它的視窗：請在主視窗中選擇“檔案 › 開啟演示店鋪”。</translation>
    </message>
    <message>
        <source>S&amp;taff names:</source>
        <translation>員工姓名(&amp;T)：</translation>
    </message>
    <message>
        <source>Pape&amp;r size:</source>
        <translation>紙張大小(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Staff names:</source>
        <translation type="vanished">員工姓名(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation type="vanished">紙張大小(&amp;P)：</translation>
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
        <translation>已以只讀方式開啟</translation>
    </message>
    <message>
        <source>This archive is open read-only, so nothing was changed. You can look at cases, print and export. To make changes, copy the archive folder to a disk you can write to and start Amends with that folder.</source>
        <translation>此檔案以只讀方式開啟，因此沒有任何更改。您可以檢視案例、列印和匯出。如需修改，請把檔案資料夾複製到可寫入的磁碟，再用該資料夾啟動 Amends。</translation>
    </message>
</context>
</TS>
