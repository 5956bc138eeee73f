<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CaseCorrections</name>
    <message numerus="yes">
        <source>%n follow-up(s) of this case are still planned. Cancel them as the case closes?</source>
        <translation>
            <numerusform>%n follow-up of this case is still planned. Cancel it as the case closes?</numerusform>
            <numerusform>%n follow-ups of this case are still planned. Cancel them as the case closes?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpBatchDialog</name>
    <message numerus="yes">
        <source>%n letter(s) due from {0} to {1}</source>
        <translation type="vanished">
            <numerusform>%n letter due from {0} to {1}</numerusform>
            <numerusform>%n letters due from {0} to {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) due up to {0}, overdue ones included.</source>
        <translation>
            <numerusform>%n letter due up to {0}, overdue ones included.</numerusform>
            <numerusform>%n letters due up to {0}, overdue ones included.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message numerus="yes">
        <source>Show all %n warning(s)</source>
        <translation>
            <numerusform>Show the %n warning</numerusform>
            <numerusform>Show all %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n complaint(s) in the archive</source>
        <translation type="vanished">
            <numerusform>%n complaint in the archive</numerusform>
            <numerusform>%n complaints in the archive</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryScreens</name>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due today or overdue: see the Follow-ups page.</source>
        <translation>
            <numerusform>%n follow-up is due today or overdue: see the Follow-ups page.</numerusform>
            <numerusform>%n follow-ups are due today or overdue: see the Follow-ups page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchListPage</name>
    <message numerus="yes">
        <source>%n warning(s) to look at.</source>
        <translation>
            <numerusform>%n warning to look at.</numerusform>
            <numerusform>%n warnings to look at.</numerusform>
        </translation>
    </message>
</context>
</TS>
