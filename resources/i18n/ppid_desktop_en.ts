<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name></name>
    <message>
        <location filename="../../ppid_desktop/domain/errors.py" line="+86"/>
        <source>folder atau berkas tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>tidak ada izin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disk penuh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kuota disk habis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disk hanya dapat dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sudah ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yang dipilih adalah folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bagian jalurnya bukan folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nama atau jalur terlalu panjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sedang dipakai program lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kesalahan baca/tulis disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>komputer jaringan tidak terjangkau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jaringan tidak terjangkau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jaringan tidak menjawab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>sedang dibuka oleh program lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drive jaringan tidak terjangkau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/handover_settings.py" line="+102"/>
        <source>Pengaturan folder bersama tidak dapat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/language.py" line="+30"/>
        <source>Bahasa &quot;{code}&quot; tidak tersedia. Pilih Bahasa Indonesia atau English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilihan bahasa tidak dapat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
