<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>FollowUpBatchDialog</name>
    <message numerus="yes">
        <source>%n letter(s) due from {0} to {1}</source>
        <translation>
            <numerusform>%n letter due from {0} to {1}</numerusform>
            <numerusform>%n letters due from {0} to {1}</numerusform>
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
</TS>
