<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name></name>
    <message>
        <location filename="../../ppid_desktop/domain/errors.py" line="+88"/>
        <source>folder atau berkas tidak ada</source>
        <translation>the folder or file does not exist</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>tidak ada izin</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disk penuh</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kuota disk habis</source>
        <translation>the disk quota is used up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disk hanya dapat dibaca</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sudah ada</source>
        <translation>it already exists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yang dipilih adalah folder</source>
        <translation>a folder was chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bagian jalurnya bukan folder</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nama atau jalur terlalu panjang</source>
        <translation>the name or path is too long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sedang dipakai program lain</source>
        <translation>it is in use by another program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kesalahan baca/tulis disk</source>
        <translation>a disk read/write error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>komputer jaringan tidak terjangkau</source>
        <translation>the network computer cannot be reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jaringan tidak terjangkau</source>
        <translation>the network cannot be reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jaringan tidak menjawab</source>
        <translation>the network does not respond</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>sedang dibuka oleh program lain</source>
        <translation>it is open in another program</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drive jaringan tidak terjangkau</source>
        <translation>the network drive cannot be reached</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/handover_settings.py" line="+57"/>
        <source>Cadangan tidak dapat disalin ke folder bersama karena folder bersama belum diatur. Atur folder kirim paket di Sunting &gt; Pengaturan &gt; Folder bersama, atau dengan &quot;ppid-desktop package share --outbox FOLDER&quot;.</source>
        <translation>The backup cannot be copied to the shared folder because no shared folder has been set up. Set the folder for sending packages in Edit &gt; Settings &gt; Shared folder, or with &quot;ppid-desktop package share --outbox FOLDER&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder &quot;{folder}&quot; bukan jalur lengkap. Tulis jalur lengkap, misalnya &quot;Z:\Serah Terima&quot; atau &quot;\\server\berbagi\PPID&quot;.</source>
        <translation>The folder &quot;{folder}&quot; is not a full path. Enter a full path, for example &quot;Z:\Handover&quot; or &quot;\\server\share\PPID&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder &quot;{folder}&quot; tidak ditemukan. Periksa apakah drive jaringan sudah tersambung dan folder itu ada.</source>
        <translation>The folder &quot;{folder}&quot; was not found. Check that the network drive is connected and that the folder exists.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder &quot;{folder}&quot; tidak dapat ditulisi ({reason}). Minta izin tulis kepada petugas TI atau pilih folder lain.</source>
        <translation>The folder &quot;{folder}&quot; cannot be written to ({reason}). Ask the IT officer for write permission or choose another folder.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pengaturan folder bersama tidak dapat disimpan</source>
        <translation>The shared folder settings could not be saved</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/language.py" line="+30"/>
        <source>Bahasa &quot;{code}&quot; tidak tersedia. Pilih Bahasa Indonesia atau English.</source>
        <translation>The language &quot;{code}&quot; is not available. Choose Bahasa Indonesia or English.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilihan bahasa tidak dapat disimpan</source>
        <translation>The language choice could not be saved</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/domain/accounts.py" line="+36"/>
        <source>Isi nama pengguna, misalnya &quot;siti.rahma&quot;.</source>
        <translation>Enter a user name, for example &quot;siti.rahma&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nama pengguna harus {min} sampai {max} karakter; &quot;{name}&quot; terdiri atas {length} karakter.</source>
        <translation>A user name must be {min} to {max} characters long; &quot;{name}&quot; has {length}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nama pengguna hanya boleh berisi huruf a-z, angka 0-9, titik, garis bawah dan tanda hubung; hapus atau ganti {characters}.</source>
        <translation>A user name may contain only the letters a-z, the digits 0-9, full stops, underscores and hyphens; remove or replace {characters}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nama pengguna hanya boleh berisi huruf a-z, angka 0-9, titik, garis bawah dan tanda hubung; hapus atau ganti spasi {characters}.</source>
        <translation>A user name may contain only the letters a-z, the digits 0-9, full stops, underscores and hyphens; remove or replace the spaces and {characters}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nama pengguna hanya boleh berisi huruf a-z, angka 0-9, titik, garis bawah dan tanda hubung; hapus atau ganti spasi.</source>
        <translation>A user name may contain only the letters a-z, the digits 0-9, full stops, underscores and hyphens; remove or replace the spaces.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Isi kata sandi, paling sedikit {min} karakter.</source>
        <translation>Enter a password of at least {min} characters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kata sandi paling sedikit {min} karakter; yang diketik baru {length} karakter.</source>
        <translation>A password must have at least {min} characters; the one typed has only {length}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kata sandi paling panjang {max} karakter; persingkat kata sandinya.</source>
        <translation>A password may have at most {max} characters; shorten the password.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kata sandi tidak boleh sama dengan nama pengguna atau memuatnya; pilih kata sandi lain.</source>
        <translation>The password must not be the user name or contain it; choose another password.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kata sandi tidak boleh berupa satu karakter yang diulang-ulang; pilih kata sandi lain.</source>
        <translation>The password must not be one character repeated; choose another password.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kata sandi yang diulang tidak sama; ketik kata sandi yang sama di kedua kolom.</source>
        <translation>The repeated password does not match; type the same password in both fields.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kunci otomatis diisi dengan menit antara 1 dan {max}, atau 0 untuk mematikannya; &quot;{value}&quot; tidak dapat dipakai.</source>
        <translation>The automatic lock takes a number of minutes between 1 and {max}, or 0 to turn it off; &quot;{value}&quot; cannot be used.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/domain/calendar.py" line="+18"/>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Pilih paling sedikit satu hari kerja.</source>
        <translation>Choose at least one working day.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jam pulang ({end}) harus sesudah jam masuk ({start}).</source>
        <translation>The closing time ({end}) must be later than the opening time ({start}).</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/domain/dates.py" line="+15"/>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 Maret 2021, 1 Mar 2021, 01-03-2021, 1/3/2021, atau 2021-03-01</source>
        <translation>1 Maret 2021, 1 Mar 2021, 01-03-2021, 1/3/2021 or 2021-03-01</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Tanggal &quot;{text}&quot; tidak dapat dibaca: bulan {month} tidak ada; bulan harus 1 sampai 12. Tuliskan tanggal dengan urutan tanggal-bulan-tahun, contoh: 01-03-2021.</source>
        <translation>The date &quot;{text}&quot; cannot be read: there is no month {month}; the month must be 1 to 12. Write the date in the order day-month-year, for example: 01-03-2021.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tanggal &quot;{text}&quot; tidak dapat dibaca: tahun 0 tidak ada.</source>
        <translation>The date &quot;{text}&quot; cannot be read: there is no year 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tanggal &quot;{text}&quot; tidak ada dalam kalender: bulan {month} {year} hanya sampai tanggal {last}.</source>
        <translation>The date &quot;{text}&quot; does not exist: {month} {year} has only {last} days.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tanggal belum diisi. Tuliskan tanggal dalam salah satu bentuk: {accepted}.</source>
        <translation>The date has not been entered. Write the date in one of these forms: {accepted}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tanggal &quot;{text}&quot; tidak dapat dibaca: nama bulan &quot;{month}&quot; tidak dikenal. Tuliskan nama bulan lengkap atau singkat, contoh: {accepted}.</source>
        <translation>The date &quot;{text}&quot; cannot be read: the month name &quot;{month}&quot; is not recognised. Write the month name in full or abbreviated, for example: {accepted}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tanggal &quot;{text}&quot; tidak dapat dibaca. Tuliskan tanggal dalam salah satu bentuk: {accepted}.</source>
        <translation>The date &quot;{text}&quot; cannot be read. Write the date in one of these forms: {accepted}.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/domain/enums.py" line="+33"/>
        <location filename="../../ppid_desktop/domain/sop.py" line="+40"/>
        <source>Biasa</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terbatas</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rahasia</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sangat Rahasia</source>
        <translation>Top Secret</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ppid_desktop/ui/print_preview.py" line="+47"/>
        <location filename="../../ppid_desktop/ui/settings_pages.py" line="+141"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elektronik</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cetak dan elektronik</source>
        <translation>Print and electronic</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/services/audit.py" line="+33"/>
        <location filename="../../ppid_desktop/ui/overview_panel.py" line="+51"/>
        <source>Ditetapkan</source>
        <translation>Determined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dibuka (DIP)</source>
        <translation>Opened (DIP)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F4 / Folio (215 × 330 mm)</source>
        <translation>F4 / Folio (215 × 330 mm)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Petugas Dokumentasi</source>
        <translation>Documentation Officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PPID Pelaksana</source>
        <translation>Implementing PPID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PPID</source>
        <translation>PPID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atasan PPID</source>
        <translation>PPID&apos;s superior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/domain/handover_encryption.py" line="+57"/>
        <source>Kata sandi paket sekurang-kurangnya 12 karakter; gunakan beberapa kata yang mudah diucapkan lewat telepon tetapi sulit ditebak, dan jangan gunakan kata sandi akun Anda.</source>
        <translation>The package password must have at least 12 characters; use several words that are easy to say over the telephone but hard to guess, and do not use your account password.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kata sandi paket terlalu pendek. {rules}</source>
        <translation>The package password is too short. {rules}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kedua isian kata sandi paket tidak sama. Ketik kata sandi yang sama dua kali.</source>
        <translation>The two package password entries do not match. Type the same password twice.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Berkas &quot;{name}&quot; tidak dapat dibaca: paket dibuat dengan cara yang tidak dikenal versi aplikasi ini.</source>
        <translation>The file &quot;{name}&quot; cannot be read: the package was made in a way this version of the application does not know.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Daftar isi paket terenkripsi (&quot;{path}&quot;) rusak.</source>
        <translation>The contents list of the encrypted package (&quot;{path}&quot;) is damaged.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Daftar isi paket terenkripsi menyebut &quot;{path}&quot;, yang {problem}.</source>
        <translation>The contents list of the encrypted package names &quot;{path}&quot;, which {problem}.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/domain/handover_format.py" line="+163"/>
        <source>{where}: tidak ada</source>
        <translation>{where}: missing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>harus berupa daftar</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>harus berupa objek</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>harus berupa waktu ISO 8601</source>
        <translation>must be an ISO 8601 time</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>harus berupa tanggal ISO 8601</source>
        <translation>must be an ISO 8601 date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>harus berupa bilangan bulat</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>harus berupa teks</source>
        <translation>must be text</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Berkas &quot;{path}&quot; bukan JSON yang sah ({reason}).</source>
        <translation>The file &quot;{path}&quot; is not valid JSON ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berkas &quot;{path}&quot; bukan daftar rekaman serah terima PPID Desktop.</source>
        <translation>The file &quot;{path}&quot; is not a PPID Desktop handover record list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berkas &quot;{path}&quot; memakai format versi {version}, sedangkan aplikasi ini membaca versi {supported}. Pasang versi PPID Desktop yang sama dengan pengirim.</source>
        <translation>The file &quot;{path}&quot; uses format version {version}, but this application reads version {supported}. Install the same version of PPID Desktop as the sender.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Berkas &quot;{path}&quot; tidak lengkap atau salah isi: {reason}.</source>
        <translation>The file &quot;{path}&quot; is incomplete or has wrong content: {reason}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>jalurnya kosong</source>
        <translation>is an empty path</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>memakai garis miring terbalik (\), yang dapat menunjuk ke luar paket di Windows</source>
        <translation>uses backslashes (\), which on Windows can point outside the package</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>berupa jalur absolut</source>
        <translation>is an absolute path</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>menunjuk ke sebuah drive (misalnya C:)</source>
        <translation>points to a drive (for example C:)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>menunjuk ke komputer lain di jaringan (jalur UNC)</source>
        <translation>points to another computer on the network (a UNC path)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>memuat karakter kendali</source>
        <translation>contains control characters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>memuat &quot;..&quot;, &quot;.&quot; atau garis miring ganda sehingga dapat keluar dari folder data/</source>
        <translation>contains &quot;..&quot;, &quot;.&quot; or a double slash, so it can leave the data/ folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>memuat titik dua (:), yang di Windows menunjuk ke drive atau aliran data tersembunyi</source>
        <translation>contains a colon (:), which on Windows points to a drive or a hidden data stream</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tidak berada di dalam folder data/</source>
        <translation>is not inside the data/ folder</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Baris {number} berkas &quot;{name}&quot; tidak berformat &quot;sidik jalur&quot;.</source>
        <translation>Line {number} of the file &quot;{name}&quot; is not in the form &quot;checksum path&quot;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Baris {number} berkas &quot;{name}&quot; tidak berformat &quot;Label: nilai&quot;.</source>
        <translation>Line {number} of the file &quot;{name}&quot; is not in the form &quot;Label: value&quot;.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/domain/legal.py" line="+15"/>
        <source>Penegakan hukum</source>
        <translation>Law enforcement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HKI / persaingan usaha</source>
        <translation>Intellectual property / fair competition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pertahanan dan keamanan</source>
        <translation>Defence and security</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kekayaan alam</source>
        <translation>Natural resources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ketahanan ekonomi</source>
        <translation>Economic resilience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hubungan luar negeri</source>
        <translation>Foreign relations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akta otentik pribadi / wasiat</source>
        <translation>Personal authentic deeds / wills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rahasia pribadi</source>
        <translation>Personal secrets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memorandum / surat internal</source>
        <translation>Memoranda / internal letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dikecualikan undang-undang lain</source>
        <translation>Exempted by another law</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Dasar hukum pengecualian belum diisi. Pilih huruf Pasal 17 UU 14/2008 atau tuliskan peraturan lain yang menjadi dasar pengecualian.</source>
        <translation>The legal basis of the exemption has not been entered. Choose a letter (huruf) of Pasal 17 UU 14/2008 or write the other regulation on which the exemption is based.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Angka hanya dapat diisi bersama huruf Pasal 17. Untuk peraturan lain, tuliskan angkanya pada teks peraturan.</source>
        <translation>A number (angka) can only be given with a letter (huruf) of Pasal 17. For another regulation, write its number in the text of the regulation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Satu dasar hukum hanya boleh berisi huruf Pasal 17 atau peraturan lain, tidak keduanya. Catat peraturan lain sebagai dasar hukum tersendiri.</source>
        <translation>One legal basis may hold either a letter (huruf) of Pasal 17 or another regulation, not both. Record the other regulation as a separate legal basis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Huruf &quot;{huruf}&quot; tidak ada dalam Pasal 17 UU 14/2008. Pilih huruf a sampai j.</source>
        <translation>Pasal 17 UU 14/2008 has no letter (huruf) &quot;{huruf}&quot;. Choose a letter from a to j.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pasal 17 huruf {huruf} tidak memiliki angka. Kosongkan angka.</source>
        <translation>Pasal 17 huruf {huruf} has no numbers (angka). Leave the number empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pasal 17 huruf {huruf} hanya memiliki angka 1 sampai {max}; yang diisi angka {angka}.</source>
        <translation>Pasal 17 huruf {huruf} has only the numbers (angka) 1 to {max}; {angka} was entered.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/domain/nip.py" line="+73"/>
        <source>{kind} hanya boleh berisi angka; hapus karakter berikut: {characters}.</source>
        <translation>The {kind} may contain only digits; remove these characters: {characters}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NIP belum diisi. Isikan 18 angka NIP.</source>
        <translation>The NIP has not been entered. Enter the 18 digits of the NIP.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NIP harus terdiri atas 18 angka; yang diisi {count} angka.</source>
        <translation>A NIP must have 18 digits; the one entered has {count}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NIP tidak valid: 8 angka pertama ({digits}) bukan tanggal lahir yang benar (tahun-bulan-tanggal).</source>
        <translation>Invalid NIP: the first 8 digits ({digits}) are not a valid date of birth (year-month-day).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NIP tidak valid: angka ke-9 sampai ke-14 ({digits}) bukan bulan dan tahun pengangkatan yang benar.</source>
        <translation>Invalid NIP: digits 9 to 14 ({digits}) are not a valid year and month of appointment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NIP tidak valid: tahun pengangkatan {year} (angka ke-9 sampai ke-12) kurang dari {age} tahun setelah tahun lahir {birth_year}. Periksa kembali NIP pada SK pengangkatan.</source>
        <translation>Invalid NIP: the year of appointment {year} (digits 9 to 12) is less than {age} years after the year of birth {birth_year}. Check the NIP against the letter of appointment (SK).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NIP tidak valid: angka ke-15 harus 1 (laki-laki) atau 2 (perempuan).</source>
        <translation>Invalid NIP: digit 15 must be 1 (male) or 2 (female).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>NI PPPK belum diisi. Isikan nomor NI PPPK (hanya angka).</source>
        <translation>The NI PPPK has not been entered. Enter the NI PPPK number (digits only).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NI PPPK harus terdiri atas {min} sampai {max} angka; yang diisi {count} angka.</source>
        <translation>An NI PPPK must have {min} to {max} digits; the one entered has {count}.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/domain/office.py" line="+50"/>
        <source>Baris kop surat wajib diisi, misalnya &quot;PEMERINTAH PROVINSI KALIMANTAN BARAT&quot;.</source>
        <translation>The letterhead lines are required, for example &quot;PEMERINTAH PROVINSI KALIMANTAN BARAT&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama unit/badan publik wajib diisi lengkap, tanpa singkatan.</source>
        <translation>The name of the unit or public body is required, in full, without abbreviations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kota tempat penandatanganan wajib diisi, misalnya &quot;Pontianak&quot;.</source>
        <translation>The city where documents are signed is required, for example &quot;Pontianak&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alamat e-mail &quot;{email}&quot; tidak valid; contoh yang benar: ppid@kalbarprov.go.id.</source>
        <translation>The e-mail address &quot;{email}&quot; is not valid; a correct example: ppid@kalbarprov.go.id.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pilih SOP yang diikuti kantor ini.</source>
        <translation>Choose the SOP this office follows.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nama unit (bagian) wajib diisi.</source>
        <translation>The name of the unit (section) is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama unit terlalu panjang; batasnya 200 karakter.</source>
        <translation>The unit name is too long; the limit is 200 characters.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nama pejabat/petugas wajib diisi lengkap dengan gelar.</source>
        <translation>The officer&apos;s full name, with titles, is required.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Jabatan wajib diisi, misalnya &quot;Kepala Biro Kesejahteraan Rakyat&quot;.</source>
        <translation>The position is required, for example &quot;Kepala Biro Kesejahteraan Rakyat&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pilih paling sedikit satu peran (misalnya PPID Pelaksana atau Petugas Dokumentasi).</source>
        <translation>Choose at least one role (for example Implementing PPID or Documentation Officer).</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/domain/pangkat.py" line="+65"/>
        <source>Isikan kode golongan ruang (contoh: IV/c) atau nama pangkat menurut PP 99/2000 (contoh: Pembina Utama Muda), yaitu salah satu dari: {codes}.</source>
        <translation>Enter the grade code (golongan ruang, for example: IV/c) or the rank name (pangkat) under PP 99/2000 (for example: Pembina Utama Muda), that is one of: {codes}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Golongan {code} tidak ada menurut PP 99/2000. {expected}</source>
        <translation>There is no grade (golongan) {code} under PP 99/2000. {expected}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pangkat/golongan &quot;{text}&quot; tidak dikenal. {expected}</source>
        <translation>The rank/grade &quot;{text}&quot; is not recognised. {expected}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pangkat/golongan &quot;{text}&quot; memuat lebih dari satu golongan ({codes}). Isikan satu golongan saja.</source>
        <translation>The rank/grade &quot;{text}&quot; contains more than one grade ({codes}). Enter one grade only.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pangkat {name} tidak sesuai dengan golongan {code}: {name} adalah golongan {name_code}, sedangkan golongan {code} adalah {code_name}. Periksa kembali SK kenaikan pangkat terakhir.</source>
        <translation>The rank {name} does not match the grade {code}: {name} is grade {name_code}, whereas grade {code} is {code_name}. Check the latest promotion letter (SK).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pangkat/golongan belum diisi. {expected}</source>
        <translation>The rank/grade has not been entered. {expected}</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/domain/permissions.py" line="+50"/>
        <source>menyelesaikan tahap ini</source>
        <translation>complete this stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>menyetujui atau mengembalikan rekaman di tahap reviu</source>
        <translation>approve records in the review stage or return them</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>menyatakan uji konsekuensi selesai</source>
        <translation>declare the consequence test complete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>menetapkan informasi yang dikecualikan</source>
        <translation>determine exempt information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memperpanjang jangka waktu pengecualian</source>
        <translation>extend the exemption period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memutuskan informasi dibuka</source>
        <translation>decide to open information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mengelola akun pengguna</source>
        <translation>manage user accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mengelola daftar unit</source>
        <translation>manage the list of units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mengelola daftar pejabat dan petugas</source>
        <translation>manage the list of officers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mengubah profil kantor</source>
        <translation>change the office profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mengubah SOP yang diikuti kantor</source>
        <translation>change the SOP the office follows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mengubah pengaturan kantor (hari dan jam kerja, hari libur, margin cetak, folder bersama, kunci otomatis)</source>
        <translation>change the office settings (working days and hours, holidays, print margins, shared folder, automatic lock)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>memulihkan basis data dari cadangan</source>
        <translation>restore the database from a backup</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../ppid_desktop/domain/workflow.py" line="+42"/>
        <source>{first} atau {second}</source>
        <translation>{first} or {second}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Hanya {roles} yang dapat {doing}; masuklah dengan akun yang memegang peran tersebut.</source>
        <translation>Only the {roles} may {doing}; sign in with an account that holds that role.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{officer} tidak berwenang {doing}. Hanya {roles} yang dapat melakukannya.</source>
        <translation>{officer} is not authorised to {doing}. Only the {roles} may do so.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/domain/record.py" line="+21"/>
        <location filename="../../ppid_desktop/domain/spreadsheet_columns.py" line="+24"/>
        <location filename="../../ppid_desktop/ui/spreadsheet_preview_model.py" line="+25"/>
        <source>Nomor register</source>
        <translation>Register number</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/domain/spreadsheet_columns.py" line="+1"/>
        <location filename="../../ppid_desktop/ui/expiry_panel.py" line="+47"/>
        <location filename="../../ppid_desktop/ui/record_table_model.py" line="+51"/>
        <location line="+15"/>
        <location filename="../../ppid_desktop/ui/spreadsheet_preview_model.py" line="-6"/>
        <source>Informasi yang dikecualikan</source>
        <translation>Exempt information</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/domain/spreadsheet_columns.py" line="+1"/>
        <source>Ringkasan isi informasi</source>
        <translation>Summary of the information</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/domain/spreadsheet_columns.py" line="+1"/>
        <location filename="../../ppid_desktop/domain/spreadsheet_rows.py" line="+265"/>
        <location filename="../../ppid_desktop/ui/spreadsheet_preview_model.py" line="+1"/>
        <source>Unit penguasa informasi</source>
        <translation>Unit holding the information</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/domain/spreadsheet_columns.py" line="+1"/>
        <location filename="../../ppid_desktop/domain/spreadsheet_rows.py" line="+0"/>
        <location filename="../../ppid_desktop/ui/spreadsheet_preview_model.py" line="+1"/>
        <source>Dasar hukum pengecualian</source>
        <translation>Legal basis of the exemption</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/domain/spreadsheet_columns.py" line="+2"/>
        <location filename="../../ppid_desktop/ui/spreadsheet_preview_model.py" line="+1"/>
        <source>Konsekuensi bila dibuka</source>
        <translation>Consequence if opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/domain/spreadsheet_columns.py" line="+1"/>
        <location filename="../../ppid_desktop/ui/spreadsheet_preview_model.py" line="+1"/>
        <source>Konsekuensi bila ditutup</source>
        <translation>Consequence if withheld</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/domain/spreadsheet_columns.py" line="+1"/>
        <location filename="../../ppid_desktop/domain/spreadsheet_rows.py" line="-84"/>
        <source>Mulai dikecualikan</source>
        <translation>Exempt from</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/ui/expiry_panel.py" line="+2"/>
        <source>Akhir jangka waktu</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/domain/spreadsheet_columns.py" line="+2"/>
        <source>Jangka waktu (syarat)</source>
        <translation>Period (condition)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/domain/spreadsheet_columns.py" line="+1"/>
        <source>Bentuk informasi</source>
        <translation>Form of the information</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/domain/spreadsheet_columns.py" line="+1"/>
        <source>Tempat penyimpanan</source>
        <translation>Storage location</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/domain/spreadsheet_columns.py" line="+1"/>
        <source>Klasifikasi keamanan</source>
        <translation>Security classification</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/domain/spreadsheet_columns.py" line="+1"/>
        <location filename="../../ppid_desktop/ui/inbox_panel.py" line="+52"/>
        <location filename="../../ppid_desktop/ui/outbox_panel.py" line="+46"/>
        <location filename="../../ppid_desktop/ui/stage_panel.py" line="+50"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Informasi yang dikecualikan wajib diisi: tuliskan judul atau uraian singkat informasinya.</source>
        <translation>Exempt information is required: write the title or a short description of the information.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Informasi yang dikecualikan terlalu panjang ({length} karakter); batasnya {max} karakter. Pindahkan rinciannya ke Ringkasan isi informasi.</source>
        <translation>Exempt information is too long ({length} characters); the limit is {max} characters. Move the details to Summary of the information.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit penguasa informasi wajib dipilih.</source>
        <translation>Choose the unit holding the information.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dasar hukum pengecualian wajib diisi: sebutkan paling sedikit satu dasar hukum (misalnya Pasal 17 huruf h angka 5).</source>
        <translation>The legal basis of the exemption is required: give at least one legal basis (for example Pasal 17 huruf h angka 5).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dasar hukum ke-{position}: {problem}</source>
        <translation>Legal basis {position}: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Konsekuensi bila dibuka wajib diisi: uji konsekuensi (Pasal 2 ayat (4) dan Pasal 19 UU 14/2008) harus menyebutkan akibat bila informasi dibuka.</source>
        <translation>Consequence if opened is required: the consequence test (Pasal 2 ayat (4) and Pasal 19 UU 14/2008) must state what would follow if the information were opened.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Konsekuensi bila ditutup wajib diisi: sebutkan kepentingan yang lebih besar yang dilindungi bila informasi ditutup.</source>
        <translation>Consequence if withheld is required: state the greater interest that is protected if the information is withheld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jangka waktu pengecualian wajib diisi: isi tanggal akhir, syarat (misalnya &quot;Sampai memperoleh persetujuan dari yang bersangkutan&quot;), atau keduanya.</source>
        <translation>The exemption period is required: enter an end date, a condition (for example &quot;Sampai memperoleh persetujuan dari yang bersangkutan&quot;), or both.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Akhir jangka waktu ({end}) harus sesudah tanggal mulai dikecualikan ({start}).</source>
        <translation>The end of the period ({end}) must be later than the date the exemption starts ({start}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} terlalu panjang ({length} karakter); batasnya {max} karakter.</source>
        <translation>{field} is too long ({length} characters); the limit is {max} characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nomor register terlalu panjang; batasnya 100 karakter.</source>
        <translation>The register number is too long; the limit is 100 characters.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/domain/sop.py" line="+1"/>
        <source>Reviu/Koreksi</source>
        <translation>Review/Correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arsip</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serah terima (kirim)</source>
        <translation>Handover (sending)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serah terima (terima)</source>
        <translation>Handover (receiving)</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>{name}, baris {line}</source>
        <translation>{name}, line {line}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templat SOP tidak valid: {where}: {reason}</source>
        <translation>Invalid SOP template: {where}: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>berkas tidak dapat dibaca ({reason})</source>
        <translation>the file cannot be read ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>berkas bukan teks UTF-8; simpan ulang sebagai UTF-8</source>
        <translation>the file is not UTF-8 text; save it again as UTF-8</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>folder templat SOP tidak ditemukan ({directory})</source>
        <translation>SOP template folder not found ({directory})</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/domain/spreadsheet_columns.py" line="-16"/>
        <source>(tidak diimpor)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor urut (tidak diimpor)</source>
        <translation>Row number (not imported)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pasal (bagian dasar hukum)</source>
        <translation>Article (part of the legal basis)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jangka waktu / akhir jangka waktu</source>
        <translation>Period / end of the period</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/domain/spreadsheet_rows.py" line="-135"/>
        <source>(belum ada unit)</source>
        <translation>(no units yet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{names} dan {count} lainnya</source>
        <translation>{names} and {count} more</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Unit &quot;{unit}&quot; tidak dikenal. Unit yang ada: {units}. Perbaiki nama unit di berkas agar sama dengan salah satunya, lalu impor lagi.</source>
        <translation>The unit &quot;{unit}&quot; is not known. The units are: {units}. Correct the unit name in the file so that it matches one of them, then import again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit penguasa informasi kosong. Isi kolom unit, atau pilih unit bawaan untuk baris tanpa unit.</source>
        <translation>The unit holding the information is empty. Fill in the unit column, or choose a default unit for rows without a unit.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Sama dengan rekaman yang sudah ada (judul, unit dan nomor register sama); baris ini tidak diimpor lagi.</source>
        <translation>The same as an existing record (same title, unit and register number); this row is not imported again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sama dengan baris {row} di berkas ini (judul, unit dan nomor register sama).</source>
        <translation>The same as row {row} of this file (same title, unit and register number).</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../ppid_desktop/ui/spreadsheet_preview_model.py" line="+1"/>
        <source>Jangka waktu pengecualian</source>
        <translation>Exemption period</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/domain/spreadsheet_values.py" line="+75"/>
        <source>{label}: angka {number} bukan tanggal yang dapat dibaca; tuliskan tanggalnya, misalnya 31-12-2030.</source>
        <translation>{label}: the number {number} is not a readable date; write the date, for example 31-12-2030.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{label}: {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <location line="+56"/>
        <location filename="../../ppid_desktop/ui/main_window.py" line="+473"/>
        <location filename="../../ppid_desktop/ui/record_table_model.py" line="-12"/>
        <source>Jangka waktu</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Jangka waktu &quot;{text}&quot; tidak wajar; tuliskan 1 sampai 100 {unit} atau tanggal akhirnya.</source>
        <translation>The period &quot;{text}&quot; is not plausible; write 1 to 100 {unit} or the end date.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jangka waktu &quot;{text}&quot; melewati batas kalender; tuliskan tanggal akhirnya.</source>
        <translation>The period &quot;{text}&quot; goes beyond the calendar; write the end date.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/domain/workflow.py" line="+8"/>
        <source>Tahap &quot;{code}&quot; tidak ada dalam SOP rekaman ini ({sop}).</source>
        <translation>The stage &quot;{code}&quot; is not in the SOP of this record ({sop}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rekaman sudah diarsipkan dan bersifat hanya-baca; tahapnya tidak dapat diubah lagi.</source>
        <translation>The record has been archived and is read-only; its stage can no longer be changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rekaman sudah menyelesaikan seluruh tahap SOP.</source>
        <translation>The record has completed every stage of the SOP.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rekaman berada di tahap {number} ({stage}), bukan tahap {wanted_number} ({wanted_stage}). Tahap SOP harus diselesaikan berurutan.</source>
        <translation>The record is at stage {number} ({stage}), not stage {wanted_number} ({wanted_stage}). SOP stages must be completed in order.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pilih petugas yang melaksanakan tahap ini (petugas aktif).</source>
        <translation>Choose the officer carrying out this stage (the active officer).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{officer} tidak memegang peran pelaksana tahap {number} ({stage}): tahap ini dilaksanakan oleh {roles}.</source>
        <translation>{officer} does not hold the responsible role of stage {number} ({stage}): this stage is carried out by {roles}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Syarat tahap ini belum dipenuhi: {missing}. Centang setiap syarat setelah dipenuhi.</source>
        <translation>The requirements of this stage have not been met: {missing}. Tick each requirement once it has been met.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output tahap ini berupa berkas ({output}), tetapi belum ada berkas yang dilampirkan pada tahap ini.</source>
        <translation>The output of this stage is a file ({output}), but no file has been attached at this stage.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tahap {number} ({stage}) bukan tahap reviu; rekaman hanya dapat dikembalikan dari tahap reviu.</source>
        <translation>Stage {number} ({stage}) is not a review stage; a record can only be returned from a review stage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tuliskan catatan koreksi: apa yang harus diperbaiki sebelum rekaman diajukan kembali.</source>
        <translation>Write the correction notes: what must be corrected before the record is submitted again.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../../ppid_desktop/ui/expiry_panel.py" line="+13"/>
        <location filename="../../ppid_desktop/ui/overview_panel.py" line="-4"/>
        <source>Jangka waktu berakhir — perlu keputusan</source>
        <translation>Period ended — decision needed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berakhir dalam {days} hari kerja</source>
        <translation>Working days until the end: {days}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Uji konsekuensi rekaman ini belum dinyatakan selesai; selesaikan uji konsekuensi terlebih dahulu.</source>
        <translation>The consequence test of this record has not been declared complete; complete the consequence test first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nomor surat penetapan wajib diisi, misalnya 045/12/PPID-KESRA/2025.</source>
        <translation>The number of the determination letter is required, for example 045/12/PPID-KESRA/2025.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanggal penetapan wajib diisi.</source>
        <translation>The date of determination is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanggal penetapan tidak boleh sesudah hari ini.</source>
        <translation>The date of determination must not be later than today.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pilih PPID yang menetapkan klasifikasi.</source>
        <translation>Choose the PPID who determines the classification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pejabat yang menetapkan harus memegang peran PPID.</source>
        <translation>The officer who determines must hold the PPID role.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pilih Atasan PPID yang menyetujui penetapan.</source>
        <translation>Choose the PPID&apos;s superior who approves the determination.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pejabat yang menyetujui harus memegang peran Atasan PPID.</source>
        <translation>The officer who approves must hold the role of PPID&apos;s superior.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/about.py" line="+27"/>
        <source>Jendela, tabel, pratinjau cetak</source>
        <translation>Windows, tables, print preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pratinjau dokumen PDF</source>
        <translation>PDF document preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akses basis data</source>
        <translation>Database access</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pembaruan skema basis data</source>
        <translation>Database schema updates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dipakai Alembic</source>
        <translation>Used by Alembic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokumen PDF: register DIK, surat penetapan, lembar SOP</source>
        <translation>PDF documents: DIK register, determination letters, SOP sheets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo kantor pada dokumen cetak</source>
        <translation>Office logo on printed documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impor dan ekspor register Excel</source>
        <translation>Excel register import and export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC0-1.0 (domain publik)</source>
        <translation>CC0-1.0 (public domain)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paket serah terima BagIt</source>
        <translation>BagIt handover packages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letak folder data pengguna</source>
        <translation>Location of the user data folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enkripsi basis data</source>
        <translation>Database encryption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enkripsi berkas (AES-256-GCM)</source>
        <translation>File encryption (AES-256-GCM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kunci dari kata sandi (Argon2id)</source>
        <translation>Keys from passwords (Argon2id)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dipakai argon2-cffi dan cryptography</source>
        <translation>Used by argon2-cffi and cryptography</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bahasa pemrograman dan pustaka standar</source>
        <translation>Programming language and standard library</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Huruf yang ditanam pada setiap PDF</source>
        <translation>Font embedded in every PDF</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Berkas lisensi huruf tidak ditemukan; lihat https://openfontlicense.org</source>
        <translation>The font licence file was not found; see https://openfontlicense.org</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/account_recovery.py" line="+67"/>
        <location filename="../../ppid_desktop/storage/keyring.py" line="+253"/>
        <source>Kunci pemulihan ini bukan milik folder data ini. Periksa apakah lembar kunci pemulihan yang dipakai milik kantor dan komputer ini.</source>
        <translation>This recovery key does not belong to this data folder. Check that the recovery key sheet used belongs to this office and this computer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;{name}&quot; bukan akun Admin yang aktif. Pilih salah satu akun Admin dari daftar.</source>
        <translation>&quot;{name}&quot; is not an active Admin account. Choose one of the Admin accounts from the list.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/accounts.py" line="+36"/>
        <source>Masuk ke aplikasi</source>
        <translation>Signed in to the application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akun dibuat</source>
        <translation>Account created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi diganti</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi diatur ulang oleh Admin</source>
        <translation>Password reset by Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akun dinonaktifkan</source>
        <translation>Account deactivated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akun diaktifkan kembali</source>
        <translation>Account reactivated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peran diberikan</source>
        <translation>Role granted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peran dicabut</source>
        <translation>Role revoked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kunci otomatis diubah</source>
        <translation>Automatic lock changed</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Akun &quot;{name}&quot; terdaftar di berkas kunci tetapi tidak di basis data ini (mungkin basis data dipulihkan dari salinan yang lebih lama). Minta Admin membuat ulang akun tersebut.</source>
        <translation>The account &quot;{name}&quot; is registered in the key file but not in this database (the database may have been restored from an older copy). Ask an Admin to create the account again.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kata sandi salah. Periksa huruf besar dan kecil (Caps Lock), lalu coba lagi.</source>
        <translation>Incorrect password. Check upper and lower case (Caps Lock), then try again.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pejabat atau petugas itu tidak ditemukan atau sudah tidak aktif; muat ulang daftarnya.</source>
        <translation>That officer was not found or is no longer active; reload the list.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Akun &quot;{name}&quot; tidak ditemukan; periksa nama penggunanya.</source>
        <translation>The account &quot;{name}&quot; was not found; check the username.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{name} sudah mempunyai akun; satu pejabat atau petugas hanya mempunyai satu akun.</source>
        <translation>{name} already has an account; each officer has only one account.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ppid_desktop/storage/keyring.py" line="-53"/>
        <source>Nama pengguna &quot;{name}&quot; sudah dipakai; pilih nama lain.</source>
        <translation>The user name &quot;{name}&quot; is already in use; choose another name.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Berkas kunci folder data ini milik data lain; akun pertama tidak dibuat. Hubungi petugas TI.</source>
        <translation>The key file of this data folder belongs to other data; the first account was not created. Contact the IT officer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Akun pertama sudah dibuat. Akun berikutnya dibuat oleh Admin melalui menu Akun pengguna.</source>
        <translation>The first account has already been created. Further accounts are created by an Admin through the User accounts menu.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kata sandi baru sama dengan kata sandi lama; pilih kata sandi yang lain.</source>
        <translation>The new password is the same as the old password; choose a different password.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kata sandi lama salah; ketik kata sandi yang Anda pakai untuk masuk.</source>
        <translation>The old password is incorrect; type the password you use to sign in.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Akun &quot;{username}&quot; nonaktif; aktifkan akun itu dengan kata sandi baru.</source>
        <translation>The account &quot;{username}&quot; is inactive; reactivate it with a new password.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Akun &quot;{username}&quot; sudah nonaktif.</source>
        <translation>The account &quot;{username}&quot; is already inactive.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Akun &quot;{username}&quot; adalah satu-satunya Admin yang aktif dan tidak dapat dinonaktifkan. Jadikan akun lain Admin terlebih dahulu.</source>
        <translation>The account &quot;{username}&quot; is the only active Admin and cannot be deactivated. Make another account an Admin first.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Akun &quot;{username}&quot; sudah aktif.</source>
        <translation>The account &quot;{username}&quot; is already active.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} sudah tidak aktif sebagai pejabat atau petugas; akunnya tidak dapat diaktifkan.</source>
        <translation>{name} is no longer an active officer; the account cannot be reactivated.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} adalah satu-satunya Admin yang aktif; jadikan akun lain Admin terlebih dahulu.</source>
        <translation>{name} is the only active Admin; make another account an Admin first.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../ppid_desktop/services/handover_records.py" line="+74"/>
        <location filename="../../ppid_desktop/services/office.py" line="+205"/>
        <location line="+135"/>
        <location filename="../../ppid_desktop/services/records.py" line="+125"/>
        <location filename="../../ppid_desktop/services/spreadsheet_import.py" line="+191"/>
        <source>Kantor belum disiapkan. Jalankan panduan penyiapan terlebih dahulu.</source>
        <translation>The office has not been set up yet. Run the setup wizard first.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/attachments.py" line="+79"/>
        <source>Lampiran tidak ditemukan; mungkin daftar sudah berubah. Muat ulang daftar, lalu coba lagi.</source>
        <translation>The attachment was not found; the list may have changed. Reload the list, then try again.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;{target}&quot; adalah folder. Tuliskan nama berkas, misalnya &quot;{example}&quot;.</source>
        <translation>&quot;{target}&quot; is a folder. Enter a file name, for example &quot;{example}&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berkas &quot;{target}&quot; sudah ada. Pilih nama lain.</source>
        <translation>The file &quot;{target}&quot; already exists. Choose another name.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Berkas tersimpan &quot;{original_name}&quot; tidak ditemukan di folder data. Jalankan &quot;ppid-desktop check&quot; untuk memeriksa penyimpanan, lalu pulihkan berkas itu dari cadangan.</source>
        <translation>The stored file &quot;{original_name}&quot; was not found in the data folder. Run &quot;ppid-desktop check&quot; to check the storage, then restore the file from a backup.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Berkas tersimpan &quot;{original_name}&quot; tidak lagi sama dengan saat dilampirkan (telah berubah atau rusak), sehingga salinannya tidak dibuat. Jalankan &quot;ppid-desktop check&quot; untuk memeriksa penyimpanan, lalu pulihkan berkas itu dari cadangan.</source>
        <translation>The stored file &quot;{original_name}&quot; is no longer the same as when it was attached (it has been altered or damaged), so no copy was made. Run &quot;ppid-desktop check&quot; to check the storage, then restore the file from a backup.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Disk penuh: salinan &quot;{name}&quot; tidak dapat ditulis ke &quot;{parent}&quot;. Kosongkan ruang disk atau pilih folder lain, lalu coba lagi.</source>
        <translation>The disk is full: the copy &quot;{name}&quot; cannot be written to &quot;{parent}&quot;. Free up disk space or choose another folder, then try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Salinan &quot;{target}&quot; tidak dapat ditulis ({reason}). Pilih folder lain, lalu coba lagi.</source>
        <translation>The copy &quot;{target}&quot; cannot be written ({reason}). Choose another folder, then try again.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/audit.py" line="-9"/>
        <source>Rekaman dibuat</source>
        <translation>Record created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rekaman diubah</source>
        <translation>Record changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syarat dicentang</source>
        <translation>Requirement ticked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centang syarat dibatalkan</source>
        <translation>Requirement tick removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tahap diselesaikan</source>
        <translation>Stage completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disetujui pimpinan PPID</source>
        <translation>Approved by the PPID&apos;s superior</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/services/workflow.py" line="+35"/>
        <source>Dikembalikan untuk koreksi</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas dilampirkan</source>
        <translation>File attached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uji konsekuensi selesai</source>
        <translation>Consequence test completed</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ppid_desktop/services/workflow.py" line="+3"/>
        <location filename="../../ppid_desktop/ui/record_table_model.py" line="+290"/>
        <source>Diarsipkan</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisi sesudah diarsipkan</source>
        <translation>Revised after archiving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jangka waktu diperpanjang</source>
        <translation>Exemption period extended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informasi dibuka (pindah ke DIP)</source>
        <translation>Information opened (moved to the DIP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diserahkan dalam paket serah terima</source>
        <translation>Handed over in a handover package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diterima melalui paket serah terima</source>
        <translation>Received through a handover package</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit ditambahkan</source>
        <translation>Unit added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit diubah</source>
        <translation>Unit changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit dinonaktifkan</source>
        <translation>Unit deactivated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit diaktifkan kembali</source>
        <translation>Unit reactivated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pejabat ditambahkan</source>
        <translation>Officer added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data pejabat diubah</source>
        <translation>Officer details changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pejabat dinonaktifkan</source>
        <translation>Officer deactivated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pejabat diaktifkan kembali</source>
        <translation>Officer reactivated</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/backups.py" line="+44"/>
        <source>Harian</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sebelum impor</source>
        <translation>Before import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dibuat manual</source>
        <translation>Made manually</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sebelum pemulihan</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sebelum pembaruan skema</source>
        <translation>Before schema update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis data rusak yang disisihkan</source>
        <translation>Damaged database set aside</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Belum ada basis data untuk dicadangkan di folder data ini.</source>
        <translation>There is no database to back up in this data folder yet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Berkas cadangan &quot;{backup}&quot; tidak ditemukan. Lihat daftar dengan &quot;ppid-desktop backup --list&quot;.</source>
        <translation>The backup file &quot;{backup}&quot; was not found. See the list with &quot;ppid-desktop backup --list&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berkas cadangan &quot;{name}&quot; rusak atau bukan basis data PPID Desktop; tidak ada yang diubah. Pilih cadangan lain.</source>
        <translation>The backup file &quot;{name}&quot; is damaged or is not a PPID Desktop database; nothing was changed. Choose another backup.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Basis data yang rusak tidak dapat disisihkan ({reason}); tidak ada yang diubah.</source>
        <translation>The damaged database cannot be set aside ({reason}); nothing was changed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Basis data tidak dapat dipulihkan ({reason}). Tutup PPID Desktop di laptop ini bila masih terbuka, periksa ruang disk, lalu coba lagi.</source>
        <translation>The database cannot be restored ({reason}). Close PPID Desktop on this laptop if it is still open, check the disk space, then try again.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cadangan tidak disalin ke folder bersama karena folder data laptop ini tidak terenkripsi: salinan basis data yang tidak terenkripsi di drive bersama dapat dibaca orang lain. Aktifkan enkripsi folder data terlebih dahulu, atau matikan pengaturan &quot;Salin cadangan harian ke folder bersama&quot;.</source>
        <translation>The backup was not copied to the shared folder because this laptop&apos;s data folder is not encrypted: an unencrypted copy of the database on the shared drive can be read by others. Turn on data folder encryption first, or switch off the setting &quot;Copy the daily backup to the shared folder&quot;.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Jalur folder bersama &quot;{share}&quot; terlalu panjang untuk menyimpan cadangan. Pilih folder bersama dengan jalur yang lebih pendek; cadangan tetap tersimpan di laptop ini.</source>
        <translation>The path of the shared folder &quot;{share}&quot; is too long to store backups. Choose a shared folder with a shorter path; the backup remains stored on this laptop.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder bersama &quot;{share}&quot; tidak terjangkau, sehingga cadangan tidak disalin. Periksa apakah drive jaringan sudah tersambung, lalu coba lagi; cadangan tetap tersimpan di laptop ini.</source>
        <translation>The shared folder &quot;{share}&quot; cannot be reached, so the backup was not copied. Check that the network drive is connected, then try again; the backup remains stored on this laptop.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Berkas &quot;{name}&quot; bukan cadangan di folder data ini; tidak ada yang disalin.</source>
        <translation>The file &quot;{name}&quot; is not a backup in this data folder; nothing was copied.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belum ada cadangan yang utuh untuk disalin ke folder bersama. Buat cadangan terlebih dahulu.</source>
        <translation>There is no intact backup to copy to the shared folder yet. Make a backup first.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nama kantor belum diisi, sehingga folder cadangan di drive bersama tidak dapat diberi nama. Lengkapi profil kantor terlebih dahulu; cadangan tetap tersimpan di laptop ini.</source>
        <translation>The office name has not been filled in, so the backup folder on the shared drive cannot be named. Complete the office profile first; the backup remains stored on this laptop.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Di folder bersama sudah ada berkas &quot;{name}&quot; yang berbeda isinya; berkas itu tidak ditimpa. Hubungi petugas TI untuk memeriksa folder &quot;{folder}&quot;.</source>
        <translation>The shared folder already holds a file &quot;{name}&quot; with different contents; that file was not overwritten. Contact the IT officer to check the folder &quot;{folder}&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Salinan cadangan &quot;{name}&quot; di folder bersama berbeda dari aslinya (sambungan jaringan mungkin terputus), sehingga dihapus. Coba lagi; cadangan tetap tersimpan di laptop ini.</source>
        <translation>The backup copy &quot;{name}&quot; in the shared folder differs from the original (the network connection may have dropped), so it was deleted. Try again; the backup remains stored on this laptop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Di folder bersama sudah ada berkas &quot;{name}&quot;; berkas itu tidak ditimpa.</source>
        <translation>The shared folder already holds a file &quot;{name}&quot;; that file was not overwritten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Drive bersama &quot;{share}&quot; penuh, sehingga cadangan tidak disalin. Minta petugas TI mengosongkan ruang; cadangan tetap tersimpan di laptop ini.</source>
        <translation>The shared drive &quot;{share}&quot; is full, so the backup was not copied. Ask the IT officer to free up space; the backup remains stored on this laptop.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder bersama &quot;{share}&quot; tidak dapat ditulisi ({reason}), sehingga cadangan tidak disalin. Minta izin tulis kepada petugas TI atau pilih folder lain; cadangan tetap tersimpan di laptop ini.</source>
        <translation>The shared folder &quot;{share}&quot; cannot be written to ({reason}), so the backup was not copied. Ask the IT officer for write permission or choose another folder; the backup remains stored on this laptop.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cadangan tidak dapat disalin ke folder bersama &quot;{share}&quot; ({reason}). Periksa apakah drive jaringan tersambung, lalu coba lagi; cadangan tetap tersimpan di laptop ini.</source>
        <translation>The backup cannot be copied to the shared folder &quot;{share}&quot; ({reason}). Check that the network drive is connected, then try again; the backup remains stored on this laptop.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/determination.py" line="+40"/>
        <location filename="../../ppid_desktop/services/records.py" line="+71"/>
        <location filename="../../ppid_desktop/services/workflow.py" line="+78"/>
        <source>Rekaman tidak ditemukan; mungkin daftar perlu dimuat ulang.</source>
        <translation>The record was not found; the list may need to be reloaded.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pilih petugas aktif yang menyatakan uji konsekuensi selesai.</source>
        <translation>Choose the active officer who declares the consequence test completed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rekaman ini sudah ditetapkan; uji konsekuensinya tidak dapat diulang tanpa revisi.</source>
        <translation>This record has already been determined; its consequence test cannot be repeated without a revision.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lengkapi dasar hukum serta konsekuensi bila dibuka dan bila ditutup sebelum menyatakan uji konsekuensi selesai.</source>
        <translation>Complete the legal basis and the consequences of opening and of withholding before declaring the consequence test completed.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Informasi ini sudah dibuka dan tercantum di Daftar Informasi Publik.</source>
        <translation>This information has already been opened and is listed in the Register of Public Information.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Isi akhir jangka waktu yang baru atau syaratnya.</source>
        <translation>Enter the new end of the exemption period or its condition.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Akhir jangka waktu yang baru harus sesudah hari ini.</source>
        <translation>The new end of the exemption period must be after today.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Informasi ini sudah dibuka; pengecualiannya tidak dapat diperpanjang.</source>
        <translation>This information has already been opened; its exemption cannot be extended.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tuliskan dasar keputusan membuka informasi (misalnya jangka waktu berakhir, atau putusan Komisi Informasi).</source>
        <translation>Enter the grounds for the decision to open the information (for example, the exemption period has ended, or a ruling of the Information Commission).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Informasi ini sudah dibuka.</source>
        <translation>This information has already been opened.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/encryption.py" line="+108"/>
        <source>jumlah baris berbeda dari aslinya</source>
        <translation>the number of rows differs from the original</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Salinan terenkripsi basis data tidak sama dengan aslinya ({problem}). Data tidak diubah; jalankan &quot;ppid-desktop check&quot; dan hubungi petugas TI.</source>
        <translation>The encrypted copy of the database is not the same as the original ({problem}). The data was not changed; run &quot;ppid-desktop check&quot; and contact the IT officer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Basis data tidak dapat dienkripsi ({reason}). Periksa ruang disk (diperlukan ruang sebesar basis data), lalu coba lagi. Data tidak diubah.</source>
        <translation>The database cannot be encrypted ({reason}). Check the disk space (as much free space as the database takes is needed), then try again. The data was not changed.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Data di folder &quot;{root}&quot; sudah terenkripsi.</source>
        <translation>The data in the folder &quot;{root}&quot; is already encrypted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder &quot;{root}&quot; belum berisi basis data PPID Desktop.</source>
        <translation>The folder &quot;{root}&quot; does not contain a PPID Desktop database yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Basis data tidak lolos pemeriksaan ({problem}), sehingga tidak dienkripsi. Pulihkan dari cadangan lebih dahulu (ppid-desktop restore).</source>
        <translation>The database failed the check ({problem}), so it was not encrypted. Restore it from a backup first (ppid-desktop restore).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mengenkripsi basis data</source>
        <translation>Encrypting the database</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Mengenkripsi berkas tersimpan</source>
        <translation>Encrypting stored files</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Menyimpan berkas kunci</source>
        <translation>Saving the key file</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../ppid_desktop/services/workflow.py" line="-83"/>
        <location filename="../../ppid_desktop/ui/history_dialog.py" line="+34"/>
        <location filename="../../ppid_desktop/ui/record_table_model.py" line="+2"/>
        <location filename="../../ppid_desktop/ui/setup_wizard.py" line="+103"/>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enkripsi data yang terputus belum dapat diselesaikan ({problem}). Tutup program lain yang mungkin membuka folder data (misalnya antivirus), lalu buka PPID Desktop lagi. Bila tetap gagal, hubungi petugas TI; jangan menghapus apa pun di folder data.</source>
        <translation>The interrupted data encryption cannot be finished yet ({problem}). Close other programs that may have the data folder open (for example, antivirus software), then open PPID Desktop again. If it still fails, contact the IT officer; do not delete anything in the data folder.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Basis data &quot;{database}&quot; tidak dapat dibaca ({reason}). Periksa izin folder data, lalu coba lagi.</source>
        <translation>The database &quot;{database}&quot; cannot be read ({reason}). Check the permissions of the data folder, then try again.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Basis data folder yang sudah terenkripsi tidak dihapus.</source>
        <translation>The database of a folder that is already encrypted is not deleted.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/handover_bag.py" line="+65"/>
        <source>Proses paket serah terima dibatalkan. Tidak ada yang berubah.</source>
        <translation>The handover package process was cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Paket &quot;{package}&quot; tidak lengkap: berkas &quot;{file}&quot; tidak ada.</source>
        <translation>The package &quot;{package}&quot; is incomplete: the file &quot;{file}&quot; is missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berkas &quot;{file}&quot; dalam paket &quot;{package}&quot; tidak dapat dibaca ({reason}). Periksa sambungan ke drive jaringan, lalu coba lagi.</source>
        <translation>The file &quot;{file}&quot; in the package &quot;{package}&quot; cannot be read ({reason}). Check the connection to the network drive, then try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Berkas &quot;{file}&quot; dalam paket &quot;{package}&quot; diawali tanda BOM, yang tidak diizinkan BagIt.</source>
        <translation>The file &quot;{file}&quot; in the package &quot;{package}&quot; begins with a BOM, which BagIt does not allow.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berkas &quot;{file}&quot; dalam paket &quot;{package}&quot; bukan teks UTF-8.</source>
        <translation>The file &quot;{file}&quot; in the package &quot;{package}&quot; is not UTF-8 text.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paket &quot;{name}&quot; tidak lengkap: folder &quot;data&quot; tidak ada.</source>
        <translation>The package &quot;{name}&quot; is incomplete: the &quot;data&quot; folder is missing.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paket &quot;{name}&quot; ditolak: &quot;{relative}&quot; adalah pintasan (symbolic link) yang dapat menunjuk ke luar paket.</source>
        <translation>The package &quot;{name}&quot; was refused: &quot;{relative}&quot; is a shortcut (symbolic link) that can point outside the package.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paket &quot;{name}&quot; ditolak: &quot;{relative}&quot; bukan berkas biasa.</source>
        <translation>The package &quot;{name}&quot; was refused: &quot;{relative}&quot; is not a regular file.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Paket &quot;{folder}&quot; tidak ditemukan atau bukan folder.</source>
        <translation>The package &quot;{folder}&quot; was not found or is not a folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berkas &quot;bagit.txt&quot; dalam paket &quot;{name}&quot; tidak menyatakan BagIt-Version 1.0.</source>
        <translation>The file &quot;bagit.txt&quot; in the package &quot;{name}&quot; does not declare BagIt-Version 1.0.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Berkas &quot;{manifest}&quot; dalam paket &quot;{name}&quot; menunjuk ke &quot;{tag_name}&quot;, yang bukan berkas tag.</source>
        <translation>The file &quot;{manifest}&quot; in the package &quot;{name}&quot; refers to &quot;{tag_name}&quot;, which is not a tag file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berkas &quot;{tag_name}&quot; dalam paket &quot;{name}&quot; telah berubah: sidik {algorithm} tidak cocok dengan &quot;{manifest}&quot;.</source>
        <translation>The file &quot;{tag_name}&quot; in the package &quot;{name}&quot; has been altered: its {algorithm} checksum does not match &quot;{manifest}&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berkas &quot;{required}&quot; dalam paket &quot;{name}&quot; tidak dilindungi oleh manifes tag.</source>
        <translation>The file &quot;{required}&quot; in the package &quot;{name}&quot; is not protected by the tag manifest.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+68"/>
        <location filename="../../ppid_desktop/services/handover_encrypted.py" line="+99"/>
        <location line="+114"/>
        <location filename="../../ppid_desktop/services/handover_import.py" line="+119"/>
        <source>Paket &quot;{name}&quot; ditolak: {error}</source>
        <translation>The package &quot;{name}&quot; was refused: {error}</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Berkas &quot;bag-info.txt&quot; dalam paket &quot;{name}&quot; tidak memuat keterangan wajib: {missing}.</source>
        <translation>The file &quot;bag-info.txt&quot; in the package &quot;{name}&quot; lacks required fields: {missing}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paket &quot;{name}&quot; ditolak: jalur &quot;{path}&quot; dalam &quot;manifest-{algorithm}.txt&quot; {problem}.</source>
        <translation>The package &quot;{name}&quot; was refused: the path &quot;{path}&quot; in &quot;manifest-{algorithm}.txt&quot; {problem}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paket &quot;{name}&quot; ditolak: &quot;{odd}&quot; hanya tercantum pada salah satu manifes.</source>
        <translation>The package &quot;{name}&quot; was refused: &quot;{odd}&quot; is listed in only one of the manifests.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paket &quot;{name}&quot; tidak lengkap: berkas &quot;{path}&quot; tercantum di manifes tetapi tidak ada.</source>
        <translation>The package &quot;{name}&quot; is incomplete: the file &quot;{path}&quot; is listed in the manifest but is missing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paket &quot;{name}&quot; ditolak: berkas &quot;{path}&quot; ada di dalam paket tetapi tidak tercantum di manifes.</source>
        <translation>The package &quot;{name}&quot; was refused: the file &quot;{path}&quot; is in the package but is not listed in the manifest.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paket &quot;{name}&quot; tidak lengkap: Payload-Oxum di &quot;bag-info.txt&quot; ({oxum}) tidak sesuai dengan isi folder data ({size} bita dalam {count} berkas).</source>
        <translation>The package &quot;{name}&quot; is incomplete: the Payload-Oxum in &quot;bag-info.txt&quot; ({oxum}) does not match the contents of the data folder ({size} bytes in {count} files).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Paket &quot;{name}&quot; tidak dapat dibaca sampai selesai ({reason}). Periksa sambungan ke drive jaringan, lalu coba lagi; tidak ada yang diimpor.</source>
        <translation>The package &quot;{name}&quot; could not be read to the end ({reason}). Check the connection to the network drive, then try again; nothing was imported.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Berkas &quot;{path}&quot; dalam paket &quot;{name}&quot; telah berubah atau rusak: sidik {algorithm} tidak cocok dengan manifes.</source>
        <translation>The file &quot;{path}&quot; in the package &quot;{name}&quot; has been altered or damaged: its {algorithm} checksum does not match the manifest.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Berkas &quot;{manifest}&quot; dalam paket &quot;{name}&quot; mencantumkan &quot;{path}&quot; lebih dari sekali.</source>
        <translation>The file &quot;{manifest}&quot; in the package &quot;{name}&quot; lists &quot;{path}&quot; more than once.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/handover_encrypted.py" line="-148"/>
        <source>Kata sandi paket &quot;{package}&quot; salah. Periksa kembali kata sandi yang disampaikan unit pengirim (huruf besar dan kecil dibedakan), lalu coba lagi. Tidak ada yang diimpor.</source>
        <translation>The password for the package &quot;{package}&quot; is incorrect. Check the password given by the sending unit again (upper and lower case are distinct), then try again. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paket &quot;{package}&quot; dienkripsi. Masukkan kata sandi paket yang disampaikan unit pengirim untuk mengimpornya. Tidak ada yang diimpor.</source>
        <translation>The package &quot;{package}&quot; is encrypted. Enter the package password given by the sending unit to import it. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Berkas &quot;{file}&quot; dalam paket &quot;{name}&quot; tidak dapat dibaca.</source>
        <translation>The file &quot;{file}&quot; in the package &quot;{name}&quot; cannot be read.</translation>
    </message>
    <message>
        <location line="+107"/>
        <location filename="../../ppid_desktop/services/handover_import.py" line="+23"/>
        <source>Paket &quot;{name}&quot; ditolak: berkas &quot;bag-info.txt&quot; tidak menyatakan paket terenkripsi.</source>
        <translation>The package &quot;{name}&quot; was refused: the file &quot;bag-info.txt&quot; does not declare an encrypted package.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paket &quot;{name}&quot; tidak lengkap: daftar isi terenkripsi &quot;{file}&quot; tidak ada.</source>
        <translation>The package &quot;{name}&quot; is incomplete: the encrypted index &quot;{file}&quot; is missing.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paket &quot;{name}&quot; ditolak: berkas &quot;{file}&quot; tidak cocok dengan daftar isi terenkripsi.</source>
        <translation>The package &quot;{name}&quot; was refused: the file &quot;{file}&quot; does not match the encrypted index.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Berkas &quot;{stored}&quot; dalam paket terenkripsi &quot;{name}&quot; telah berubah atau rusak: isinya tidak lolos pemeriksaan keaslian dengan kata sandi paket. Tidak ada yang diimpor; minta unit mengirim paket baru.</source>
        <translation>The file &quot;{stored}&quot; in the encrypted package &quot;{name}&quot; has been altered or damaged: its contents fail the authenticity check with the package password. Nothing was imported; ask the unit to send a new package.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/handover_export.py" line="+171"/>
        <source>Tidak ada rekaman yang dipilih untuk diserahkan. Pilih rekaman di tahap serah terima terlebih dahulu.</source>
        <translation>No records were selected for handover. Select records at the handover stage first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problem} Paket tidak dibuat.</source>
        <translation>{problem} The package was not created.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paket serah terima tidak dibuat:</source>
        <translation>The handover package was not created:</translation>
    </message>
    <message>
        <location line="+84"/>
        <location filename="../../ppid_desktop/services/handover_export_encrypted.py" line="+85"/>
        <source>Paket serah terima tidak dapat dibuat di &quot;{outbox}&quot; ({reason}). Periksa ruang disk. Tidak ada yang berubah.</source>
        <translation>The handover package cannot be created in &quot;{outbox}&quot; ({reason}). Check the disk space. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Folder bersama untuk pengiriman belum diatur; paket menunggu di kotak keluar.</source>
        <translation>The shared folder for delivery has not been set up; the package is waiting in the outbox.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../ppid_desktop/services/handover_export_encrypted.py" line="+29"/>
        <source>Berkas &quot;{records_file}&quot; tidak ditemukan di penyimpanan internal. Paket tidak dibuat. Jalankan &quot;ppid-desktop check&quot;, lalu pulihkan atau lampirkan ulang berkas itu.</source>
        <translation>The file &quot;{records_file}&quot; was not found in the internal storage. The package was not created. Run &quot;ppid-desktop check&quot;, then restore or re-attach the file.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Berkas &quot;{original}&quot; di penyimpanan internal telah berubah atau rusak (sidik SHA-256 tidak cocok dengan saat dilampirkan). Paket tidak dibuat. Jalankan &quot;ppid-desktop check&quot; dan lampirkan ulang berkas itu.</source>
        <translation>The file &quot;{original}&quot; in the internal storage has been altered or damaged (its SHA-256 checksum does not match the one taken when it was attached). The package was not created. Run &quot;ppid-desktop check&quot; and re-attach the file.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../../ppid_desktop/services/handover_outbox.py" line="+227"/>
        <source>Salinan paket &quot;{name}&quot; di folder bersama berbeda dari paket di kotak keluar.</source>
        <translation>The copy of the package &quot;{name}&quot; in the shared folder differs from the package in the outbox.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/handover_import.py" line="-90"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sudah diimpor</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Paket &quot;{name}&quot; tidak memuat &quot;{records_file}&quot;; ini bukan paket serah terima PPID Desktop.</source>
        <translation>The package &quot;{name}&quot; does not contain &quot;{records_file}&quot;; it is not a PPID Desktop handover package.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paket &quot;{name}&quot; ditolak: berkas &quot;{path}&quot; yang disebut &quot;{records_file}&quot; tidak ada atau berbeda di manifes.</source>
        <translation>The package &quot;{name}&quot; was refused: the file &quot;{path}&quot; named in &quot;{records_file}&quot; is missing or differs in the manifest.</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Folder masuk &quot;{inbox}&quot; tidak dapat dibaca ({reason}). Periksa sambungan drive jaringan.</source>
        <translation>The inbox folder &quot;{inbox}&quot; cannot be read ({reason}). Check the connection to the network drive.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paket &quot;{name}&quot; tidak lengkap: berkas &quot;tagmanifest-sha256.txt&quot; tidak ada.</source>
        <translation>Package &quot;{name}&quot; is incomplete: the file &quot;tagmanifest-sha256.txt&quot; is missing.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/handover_outbox.py" line="-174"/>
        <source>Menunggu dikirim</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Terkirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gagal dikirim (akan dicoba lagi)</source>
        <translation>Sending failed (will be retried)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Drive bersama &quot;{share}&quot; penuh. Minta petugas TI mengosongkan ruang; paket tetap aman di kotak keluar.</source>
        <translation>The shared drive &quot;{share}&quot; is full. Ask the IT officer to free up space; the package remains safe in the outbox.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drive bersama &quot;{share}&quot; tidak dapat ditulisi ({reason}). Paket tetap aman di kotak keluar dan akan dikirim lagi ketika drive tersambung.</source>
        <translation>The shared drive &quot;{share}&quot; cannot be written to ({reason}). The package remains safe in the outbox and will be sent again when the drive is connected.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pengiriman gagal ({reason}). Paket tetap aman di kotak keluar.</source>
        <translation>Delivery failed ({reason}). The package remains safe in the outbox.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder bersama &quot;{share}&quot; tidak terjangkau (drive jaringan belum tersambung?). Paket tetap aman di kotak keluar dan akan dikirim lagi.</source>
        <translation>The shared folder &quot;{share}&quot; cannot be reached (is the network drive connected?). The package remains safe in the outbox and will be sent again.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Di folder bersama sudah ada &quot;{name}&quot;; paket tidak menimpanya.</source>
        <translation>The shared folder already holds &quot;{name}&quot;; the package does not overwrite it.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Di folder bersama sudah ada &quot;{name}&quot; yang berbeda isinya; paket tidak menimpanya. Hubungi petugas TI.</source>
        <translation>The shared folder already holds &quot;{name}&quot; with different contents; the package does not overwrite it. Contact the IT officer.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Pengiriman dibatalkan; paket tetap aman di kotak keluar dan dapat dikirim lagi.</source>
        <translation>Delivery was cancelled; the package remains safe in the outbox and can be sent again.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Folder bersama untuk pengiriman belum diatur. Atur di Sunting &gt; Pengaturan &gt; Folder bersama, atau kirim dengan --to.</source>
        <translation>The shared folder for delivery has not been set up. Set it up in Edit &gt; Settings &gt; Shared folder, or send with --to.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paket &quot;{name}&quot; tidak ada lagi di kotak keluar ({local}); buat paket baru.</source>
        <translation>The package &quot;{name}&quot; is no longer in the outbox ({local}); create a new package.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/handover_records.py" line="-14"/>
        <source>Rekaman &quot;{title}&quot; belum berada di tahap {stage} ({stage_name}); hanya rekaman di tahap serah terima yang dapat dikirim.</source>
        <translation>The record &quot;{title}&quot; is not at stage {stage} ({stage_name}) yet; only records at the handover stage can be sent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rekaman &quot;{title}&quot;: {problem}</source>
        <translation>Record &quot;{title}&quot;: {problem}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pilih petugas yang menyerahkan paket.</source>
        <translation>Choose the officer who hands over the package.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rekaman nomor {number} tidak ditemukan; muat ulang daftar rekaman.</source>
        <translation>Record number {number} was not found; reload the list of records.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rekaman yang dipilih mengikuti versi SOP yang berbeda; kirim setiap versi dalam paket tersendiri.</source>
        <translation>The selected records follow different SOP versions; send each version in a separate package.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/handover_sealed.py" line="+65"/>
        <source>Paket &quot;{package}&quot; di kotak keluar telah berubah atau rusak: berkas &quot;{file}&quot; tidak lolos pemeriksaan keaslian. Paket tidak dikirim dan tidak ada yang ditinggalkan di folder bersama. Hubungi petugas TI; bila paket tidak dapat dipulihkan dari cadangan, buat paket serah terima baru.</source>
        <translation>The package &quot;{package}&quot; in the outbox has been altered or damaged: the file &quot;{file}&quot; fails the authenticity check. The package was not sent and nothing was left in the shared folder. Contact the IT officer; if the package cannot be restored from a backup, create a new handover package.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/handover_store.py" line="+47"/>
        <source>SOP yang menyertai paket tidak dapat dibaca: {error}</source>
        <translation>The SOP that comes with the package cannot be read: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teks SOP yang menyertai paket tidak sesuai dengan sidik SHA-256-nya di &quot;data/records.json&quot;.</source>
        <translation>The SOP text that comes with the package does not match its SHA-256 checksum in &quot;data/records.json&quot;.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Kantor belum disiapkan. Jalankan panduan penyiapan terlebih dahulu, lalu impor lagi.</source>
        <translation>The office has not been set up yet. Run the setup wizard first, then import again.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/office.py" line="-241"/>
        <source>Berkas logo &quot;{path}&quot; tidak ada atau bukan gambar PNG/JPG. Pilih berkas logo yang lain.</source>
        <translation>The logo file &quot;{path}&quot; does not exist or is not a PNG/JPG image. Choose another logo file.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Berkas logo &quot;{name}&quot; rusak atau bukan gambar yang dapat dibaca ({error}).</source>
        <translation>The logo file &quot;{name}&quot; is damaged or is not a readable image ({error}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ukuran salinan berbeda</source>
        <translation>the size of the copy differs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logo tidak dapat disalin ke folder data ({error}). Periksa ruang disk, lalu coba lagi.</source>
        <translation>The logo cannot be copied to the data folder ({error}). Check the disk space, then try again.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Isi paling sedikit satu unit (bagian) yang menguasai informasi.</source>
        <translation>Enter at least one unit (section) that holds the information.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ada nama unit yang ditulis dua kali; setiap unit cukup dicatat sekali.</source>
        <translation>A unit name is entered twice; each unit needs to be entered only once.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Isi paling sedikit satu pejabat atau petugas.</source>
        <translation>Enter at least one officer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kantor sudah disiapkan sebelumnya; ubah profilnya melalui menu Sunting &gt; Pengaturan &gt; Profil kantor.</source>
        <translation>The office has already been set up; change its profile through the menu Edit &gt; Settings &gt; Office profile.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location filename="../../ppid_desktop/services/staff.py" line="+239"/>
        <source>{id_kind} {employee_id} sudah terdaftar untuk pejabat lain.</source>
        <translation>{id_kind} {employee_id} is already registered to another officer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../ppid_desktop/services/staff.py" line="-98"/>
        <source>Unit &quot;{name}&quot; sudah ada.</source>
        <translation>The unit &quot;{name}&quot; already exists.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Tidak ada pejabat atau petugas dengan NIP/NI PPPK {employee_id}. Periksa nomornya.</source>
        <translation>There is no officer with NIP/NI PPPK {employee_id}. Check the number.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>atas</source>
        <translation>top</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bawah</source>
        <translation>bottom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kiri</source>
        <translation>left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kanan</source>
        <translation>right</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Margin {side} ({value} mm) harus antara {minimum} dan {maximum} mm. Ubah margin {side}.</source>
        <translation>The {side} margin ({value} mm) must be between {minimum} and {maximum} mm. Change the {side} margin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Isi tanggal hari libur.</source>
        <translation>Enter the date of the holiday.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Isi nama hari libur {date}, misalnya &quot;Tahun Baru Islam&quot;.</source>
        <translation>Enter the name of the holiday on {date}, for example &quot;Islamic New Year&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama hari libur paling panjang {maximum} karakter; persingkat namanya.</source>
        <translation>A holiday name can be at most {maximum} characters long; shorten the name.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tanggal {date} tercatat dua kali sebagai hari libur; cukup sekali.</source>
        <translation>The date {date} is entered twice as a holiday; once is enough.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Tanggal {date} sudah tercatat sebagai hari libur ({name}).</source>
        <translation>The date {date} is already recorded as a holiday ({name}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tanggal {date} tidak tercatat sebagai hari libur; tidak ada yang dihapus.</source>
        <translation>The date {date} is not recorded as a holiday; nothing was removed.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/printing.py" line="+55"/>
        <source>Kantor belum disiapkan. Jalankan panduan penyiapan terlebih dahulu, lalu cetak lagi.</source>
        <translation>The office has not been set up yet. Run the setup wizard first, then print again.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pilihan kertas atau orientasi tidak dikenal ({error}). Pilih A4 atau F4, lanskap atau potret.</source>
        <translation>Unknown paper or orientation choice ({error}). Choose A4 or F4, landscape or portrait.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Unit yang dipilih untuk dicetak tidak ada lagi. Pilih unit yang lain.</source>
        <translation>The unit chosen for printing no longer exists. Choose another unit.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Kantor belum memilih SOP. Jalankan panduan penyiapan terlebih dahulu.</source>
        <translation>The office has not chosen an SOP yet. Run the setup wizard first.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/records.py" line="-100"/>
        <source>Unit penguasa informasi yang dipilih tidak ada lagi. Pilih unit yang lain.</source>
        <translation>The selected work unit holding the information no longer exists. Choose another unit.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Rekaman ini sudah tidak ada di basis data. Muat ulang daftar.</source>
        <translation>This record is no longer in the database. Reload the list.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rekaman ini sudah diarsipkan dan bersifat hanya-baca. Perubahan hanya dapat disimpan sebagai revisi baru: tuliskan alasan revisi.</source>
        <translation>This record has been archived and is read-only. Changes can only be saved as a new revision: enter the reason for the revision.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rekaman ini telah diubah di tempat lain sejak Anda membukanya, sehingga perubahan Anda belum disimpan agar tidak menimpa perubahan tersebut. Salin isian Anda, tutup editor, buka kembali rekamannya, lalu terapkan perubahan Anda.</source>
        <translation>This record has been changed elsewhere since you opened it, so your changes have not been saved, to avoid overwriting those changes. Copy your entries, close the editor, open the record again, then apply your changes.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rekaman &quot;{key}&quot; tidak ditemukan. Gunakan id dari perintah &quot;ppid-desktop records&quot;.</source>
        <translation>Record &quot;{key}&quot; was not found. Use an id from the command &quot;ppid-desktop records&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{key}&quot; cocok dengan lebih dari satu rekaman; tulis id selengkapnya.</source>
        <translation>&quot;{key}&quot; matches more than one record; write the full id.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/spreadsheet_export.py" line="+35"/>
        <source>Bila berkas itu sedang dibuka di Excel, tutup dulu berkasnya.</source>
        <translation>If the file is open in Excel, close it first.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Tahap &quot;{stage_code}&quot; tidak ada dalam SOP kantor. Kode tahap yang ada: {codes}.</source>
        <translation>The stage &quot;{stage_code}&quot; is not in the office&apos;s SOP. Existing stage codes: {codes}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/reports/output.py" line="+25"/>
        <source>Bila berkas itu sedang dibuka di program lain (misalnya pembaca PDF), tutup dulu program itu.</source>
        <translation>If the file is open in another program (for example a PDF reader), close that program first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disk penuh: berkas &quot;{name}&quot; tidak dapat ditulis ke &quot;{folder}&quot;. Kosongkan ruang disk atau pilih folder lain, lalu coba lagi.</source>
        <translation>Disk full: file &quot;{name}&quot; cannot be written to &quot;{folder}&quot;. Free some disk space or choose another folder, then try again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Berkas &quot;{target}&quot; tidak dapat ditulis: {reason}. {hint} Pilih folder lain.</source>
        <translation>File &quot;{target}&quot; cannot be written: {reason}. {hint} Choose another folder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berkas &quot;{target}&quot; tidak dapat ditulis: {reason}. Pilih folder lain.</source>
        <translation>File &quot;{target}&quot; cannot be written: {reason}. Choose another folder.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../ppid_desktop/services/spreadsheet_export.py" line="+17"/>
        <source>&quot;{target}&quot; adalah folder. Tuliskan nama berkasnya, misalnya &quot;{example}&quot;.</source>
        <translation>&quot;{target}&quot; is a folder. Enter the file name, for example &quot;{example}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/spreadsheet_export.py" line="+2"/>
        <source>Nama berkas &quot;{name}&quot; harus berakhiran .xlsx (Excel) atau .csv.</source>
        <translation>The file name &quot;{name}&quot; must end in .xlsx (Excel) or .csv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pemisah kolom CSV harus titik koma (;), koma (,) atau tab.</source>
        <translation>The CSV column separator must be a semicolon (;), a comma (,) or a tab.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/spreadsheet_import.py" line="-86"/>
        <source>Lembar &quot;{sheet_name}&quot; di &quot;{name}&quot; kosong. Pilih lembar yang berisi daftar.</source>
        <translation>The sheet &quot;{sheet_name}&quot; in &quot;{name}&quot; is empty. Choose the sheet that holds the register.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Baris judul kolom tidak ditemukan di lembar &quot;{sheet_name}&quot; (dicari pada 30 baris pertama). Pastikan tabel mempunyai baris judul kolom seperti &quot;No | Informasi yang Dikecualikan | Dasar Hukum | Konsekuensi | Jangka Waktu | Unit | Keterangan&quot;.</source>
        <translation>No column heading row was found in the sheet &quot;{sheet_name}&quot; (searched in the first 30 rows). Make sure the table has a column heading row such as &quot;No | Informasi yang Dikecualikan | Dasar Hukum | Konsekuensi | Jangka Waktu | Unit | Keterangan&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pemetaan kolom tidak dikenal: {unknown}.</source>
        <translation>Unknown column mapping: {unknown}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belum ada kolom yang dipetakan ke &quot;Informasi yang dikecualikan&quot;. Pilih kolom yang berisi judul informasinya.</source>
        <translation>No column has been mapped to &quot;Exempt information&quot; yet. Choose the column that holds the titles of the information.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unit bawaan yang dipilih tidak ada. Pilih unit yang lain.</source>
        <translation>The selected default unit does not exist. Choose another unit.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Baris {row_number}: unit penguasa informasinya sudah tidak ada. Muat ulang pratinjau.</source>
        <translation>Row {row_number}: the work unit holding the information no longer exists. Reload the preview.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/spreadsheet_read.py" line="+48"/>
        <source>Berkas &quot;{path}&quot; tidak dapat dibuka: {reason}. Periksa nama dan letak berkasnya.</source>
        <translation>The file &quot;{path}&quot; cannot be opened: {reason}. Check the file&apos;s name and location.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Buku kerja &quot;{name}&quot; dilindungi kata sandi sehingga tidak dapat dibaca. Buka di Excel, hapus kata sandinya (Berkas &gt; Info &gt; Proteksi Buku Kerja &gt; Enkripsi dengan Kata Sandi), simpan, lalu impor lagi.</source>
        <translation>The workbook &quot;{name}&quot; is password-protected, so it cannot be read. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password), save it, then import again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berkas &quot;{name}&quot; berformat Excel 97-2003 (.xls) yang tidak dapat dibaca langsung. Buka di Excel, pilih Simpan Sebagai &gt; Buku Kerja Excel (*.xlsx), lalu impor berkas .xlsx itu.</source>
        <translation>The file &quot;{name}&quot; is in Excel 97-2003 format (.xls), which cannot be read directly. Open it in Excel, choose Save As &gt; Excel Workbook (*.xlsx), then import that .xlsx file.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;{path}&quot; adalah folder. Pilih berkas .xlsx atau .csv.</source>
        <translation>&quot;{path}&quot; is a folder. Choose an .xlsx or .csv file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+106"/>
        <source>Berkas &quot;{name}&quot; kosong. Pilih berkas daftar yang berisi data.</source>
        <translation>The file &quot;{name}&quot; is empty. Choose a register file that contains data.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Berkas &quot;{name}&quot; bukan buku kerja Excel. Buka di LibreOffice/Numbers, simpan sebagai Buku Kerja Excel (.xlsx), lalu impor berkas .xlsx itu.</source>
        <translation>The file &quot;{name}&quot; is not an Excel workbook. Open it in LibreOffice/Numbers, save it as an Excel Workbook (.xlsx), then import that .xlsx file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berkas &quot;{name}&quot; bukan buku kerja Excel yang dapat dibaca (isinya bukan format .xlsx). Buka di Excel dan simpan sebagai .xlsx, atau ekspor ke .csv.</source>
        <translation>The file &quot;{name}&quot; is not a readable Excel workbook (its contents are not in .xlsx format). Open it in Excel and save it as .xlsx, or export it to .csv.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Buku kerja &quot;{name}&quot; rusak atau tidak lengkap sehingga tidak dapat dibaca. Buka di Excel (Excel dapat menawarkan perbaikan), simpan lagi sebagai .xlsx, lalu impor lagi.</source>
        <translation>The workbook &quot;{name}&quot; is damaged or incomplete, so it cannot be read. Open it in Excel (Excel may offer to repair it), save it again as .xlsx, then import again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <location line="+63"/>
        <source>Berkas &quot;{path}&quot; tidak dapat dibaca: {reason}.</source>
        <translation>The file &quot;{path}&quot; cannot be read: {reason}.</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Buku kerja &quot;{name}&quot; tidak berisi lembar kerja.</source>
        <translation>The workbook &quot;{name}&quot; contains no worksheets.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lembar &quot;{sheet}&quot; tidak ada di &quot;{name}&quot;. Lembar yang ada: {names}.</source>
        <translation>There is no sheet &quot;{sheet}&quot; in &quot;{name}&quot;. Existing sheets: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lembar &quot;{name}&quot; berisi grafik, bukan tabel. Pilih lembar lain.</source>
        <translation>The sheet &quot;{name}&quot; contains a chart, not a table. Choose another sheet.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Berkas &quot;{name}&quot; bukan lembar kerja: isinya bukan teks CSV dan bukan buku kerja Excel (.xlsx). Pilih berkas .xlsx atau .csv.</source>
        <translation>The file &quot;{name}&quot; is not a spreadsheet: its contents are neither CSV text nor an Excel workbook (.xlsx). Choose an .xlsx or .csv file.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Berkas CSV &quot;{name}&quot; tidak dapat dibaca ({error}). Simpan ulang dari Excel sebagai CSV, lalu impor lagi.</source>
        <translation>The CSV file &quot;{name}&quot; cannot be read ({error}). Save it again from Excel as CSV, then import again.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/workflow.py" line="+1"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diserahkan</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Tahap {stage} tidak mempunyai syarat ke-{index}.</source>
        <translation>Stage {stage} has no requirement number {index}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pilih petugas aktif yang memeriksa syarat ini.</source>
        <translation>Choose the active officer who checks this requirement.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Rekaman sudah diarsipkan; berkas baru hanya dapat ditambahkan melalui revisi.</source>
        <translation>The record has been archived; new files can only be added through a revision.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Sedang berjalan</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/storage/database.py" line="+75"/>
        <source>Basis data &quot;{file}&quot; sedang dikunci oleh program lain (mungkin PPID Desktop masih terbuka di jendela lain). Tutup program tersebut, lalu coba lagi.</source>
        <translation>The database &quot;{file}&quot; is locked by another program (PPID Desktop may still be open in another window). Close that program, then try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Basis data &quot;{file}&quot; tidak dapat dibuka dengan kunci folder data ini: berkasnya rusak, atau berasal dari folder data lain. Jangan menghapusnya; pulihkan dari salinan cadangan di folder &quot;backups&quot; atau hubungi petugas TI.</source>
        <translation>The database &quot;{file}&quot; cannot be opened with the key of this data folder: the file is damaged or comes from another data folder. Do not delete it; restore it from a backup copy in the &quot;backups&quot; folder or contact the IT officer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Berkas basis data &quot;{file}&quot; rusak atau bukan basis data PPID Desktop. Jangan menghapusnya; pulihkan dari salinan cadangan di folder &quot;backups&quot; atau hubungi petugas TI.</source>
        <translation>The database file &quot;{file}&quot; is damaged or is not a PPID Desktop database. Do not delete it; restore it from a backup copy in the &quot;backups&quot; folder or contact the IT officer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disk penuh atau tidak dapat ditulisi, sehingga perubahan tidak disimpan. Kosongkan ruang disk, lalu coba lagi. Data yang sudah tersimpan tetap aman.</source>
        <translation>The disk is full or cannot be written to, so the changes were not saved. Free some disk space, then try again. Data already saved is safe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Basis data &quot;{file}&quot; tidak dapat dibuka untuk ditulisi. Periksa izin folder data atau pilih folder lain dengan --data-dir.</source>
        <translation>The database &quot;{file}&quot; cannot be opened for writing. Check the permissions of the data folder or choose another folder with --data-dir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Basis data tidak dapat dibuka: {reason}. Hubungi petugas TI.</source>
        <translation>The database cannot be opened: {reason}. Contact the IT officer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Salinan cadangan basis data gagal diverifikasi ({result}). Basis data tidak diubah; jalankan &quot;ppid-desktop check&quot;.</source>
        <translation>The backup copy of the database failed verification ({result}). The database was not changed; run &quot;ppid-desktop check&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cadangan basis data tidak dapat dibuat di &quot;{folder}&quot; ({reason}). Periksa ruang disk dan izin folder cadangan, lalu coba lagi; basis data tidak diubah.</source>
        <translation>A database backup cannot be made in &quot;{folder}&quot; ({reason}). Check the disk space and the permissions of the backup folder, then try again; the database was not changed.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Basis data ini dibuat oleh versi PPID Desktop yang lebih baru. Pasang versi terbaru PPID Desktop; data tidak diubah.</source>
        <translation>This database was made by a newer version of PPID Desktop. Install the latest version of PPID Desktop; the data was not changed.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Migrasi basis data menghasilkan rujukan yang rusak: {problems}. Pulihkan dari {backup}.</source>
        <translation>The database migration produced broken references: {problems}. Restore from {backup}.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/storage/filestore.py" line="+111"/>
        <source>Berkas &quot;{file}&quot; tidak ditemukan. Periksa apakah berkas masih ada di tempatnya.</source>
        <translation>The file &quot;{file}&quot; was not found. Check that the file is still where it was.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Berkas &quot;{name}&quot; tidak dapat disimpan ({reason}). Periksa ruang disk dan izin baca berkas, lalu coba lagi. Tidak ada yang berubah.</source>
        <translation>The file &quot;{name}&quot; cannot be stored ({reason}). Check the disk space and the read permission of the file, then try again. Nothing has changed.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/storage/keyring.py" line="-160"/>
        <source>Nama pengguna atau kata sandi salah. Periksa keduanya (perhatikan huruf besar dan kecil), lalu coba lagi.</source>
        <translation>The user name or password is wrong. Check both (note capital and small letters), then try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Terlalu banyak percobaan masuk yang gagal. Tunggu {seconds} detik, lalu coba lagi.</source>
        <translation>Too many failed sign-in attempts. Wait {seconds} seconds, then try again.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Berkas kunci &quot;{file}&quot; tidak dapat dibaca ({reason}). Periksa izin folder data, lalu coba lagi.</source>
        <translation>The key file &quot;{file}&quot; cannot be read ({reason}). Check the permissions of the data folder, then try again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Berkas kunci &quot;{file}&quot; rusak atau bukan milik PPID Desktop, sehingga data tidak dapat dibuka. Pulihkan berkas itu dari salinan cadangan folder data, atau hubungi petugas TI.</source>
        <translation>The key file &quot;{file}&quot; is damaged or does not belong to PPID Desktop, so the data cannot be opened. Restore that file from a backup copy of the data folder, or contact the IT officer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder data &quot;{folder}&quot; sudah memiliki berkas kunci; data di dalamnya sudah terenkripsi.</source>
        <translation>The data folder &quot;{folder}&quot; already has a key file; its data is already encrypted.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Berkas kunci tidak dapat disimpan di &quot;{folder}&quot; ({reason}). Periksa ruang disk dan izin folder data; tidak ada yang berubah.</source>
        <translation>The key file cannot be saved in &quot;{folder}&quot; ({reason}). Check the disk space and the permissions of the data folder; nothing has changed.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Akun &quot;{name}&quot; tidak ada di berkas kunci.</source>
        <translation>The account &quot;{name}&quot; is not in the key file.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Kunci pemulihan tidak dikenali: ada huruf yang salah ketik atau kurang. Periksa lagi 56 huruf dan angka pada lembar kunci pemulihan.</source>
        <translation>The recovery key is not recognised: a character is mistyped or missing. Check the 56 letters and digits on the recovery key sheet again.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/storage/paths.py" line="+90"/>
        <source>&quot;{path}&quot; adalah sebuah berkas, bukan folder, sehingga tidak dapat menjadi folder data. Pilih folder lain dengan --data-dir.</source>
        <translation>&quot;{path}&quot; is a file, not a folder, so it cannot be the data folder. Choose another folder with --data-dir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder data &quot;{folder}&quot; tidak dapat dibuat ({reason}). Periksa izin tulis folder tersebut atau pilih folder lain dengan --data-dir.</source>
        <translation>The data folder &quot;{folder}&quot; cannot be created ({reason}). Check the write permission of that folder or choose another folder with --data-dir.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Folder data &quot;{folder}&quot; berada di drive jaringan. Basis data PPID Desktop harus disimpan di disk lokal laptop ini karena basis data dapat rusak bila dibuka melalui jaringan. Pilih folder di disk lokal (misalnya C:\Users\...) dengan --data-dir; drive jaringan hanya dipakai untuk serah terima berkas.</source>
        <translation>The data folder &quot;{folder}&quot; is on a network drive. The PPID Desktop database must be kept on a local disk of this laptop, because a database can be damaged when opened over a network. Choose a folder on a local disk (for example C:\Users\...) with --data-dir; network drives are used only for handing over files.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/about_dialog.py" line="+28"/>
        <source>Komponen</source>
        <translation>Component</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lisensi</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dipakai untuk</source>
        <translation>Used for</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tentang PPID Desktop</source>
        <translation>About PPID Desktop</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Pendokumentasian Informasi yang Dikecualikan sesuai Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik: uji konsekuensi, penetapan, register DIK, dan serah terima salinan lunak kepada PPID.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Documentation of Exempt Information in accordance with Law Number 14 of 2008 on Public Information Disclosure: consequence tests, determinations, the DIK register, and handover of soft copies to the PPID.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder data:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basis data:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas log:</source>
        <translation>Log file:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buka folder data</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pustaka antarmuka di bawah PySide6</source>
        <translation>User interface library underneath PySide6</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tentang</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Komponen dan lisensi</source>
        <translation>Components and licences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lisensi huruf</source>
        <translation>Font licence</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ppid_desktop/ui/accounts_dialog.py" line="+226"/>
        <location filename="../../ppid_desktop/ui/backup_dialog.py" line="+131"/>
        <location filename="../../ppid_desktop/ui/crash_dialog.py" line="+42"/>
        <location filename="../../ppid_desktop/ui/handover_dialog.py" line="+111"/>
        <location filename="../../ppid_desktop/ui/history_dialog.py" line="+150"/>
        <location filename="../../ppid_desktop/ui/penetapan_dialog.py" line="+190"/>
        <location filename="../../ppid_desktop/ui/print_preview.py" line="+89"/>
        <location filename="../../ppid_desktop/ui/record_editor.py" line="+147"/>
        <location filename="../../ppid_desktop/ui/record_picker.py" line="+95"/>
        <location filename="../../ppid_desktop/ui/spreadsheet_import_dialog.py" line="+157"/>
        <location line="+147"/>
        <location filename="../../ppid_desktop/ui/staff_dialog.py" line="+103"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/accounts_dialog.py" line="-183"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pejabat/petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ppid_desktop/ui/setup_officers_page.py" line="+80"/>
        <location line="+29"/>
        <location filename="../../ppid_desktop/ui/setup_wizard.py" line="+78"/>
        <location filename="../../ppid_desktop/ui/staff_dialog.py" line="-57"/>
        <source>Peran</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ppid_desktop/ui/inbox_panel.py" line="+0"/>
        <location filename="../../ppid_desktop/ui/outbox_panel.py" line="+0"/>
        <location filename="../../ppid_desktop/ui/record_table_model.py" line="-290"/>
        <location filename="../../ppid_desktop/ui/spreadsheet_preview_model.py" line="-7"/>
        <location filename="../../ppid_desktop/ui/staff_dialog.py" line="-2"/>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terakhir masuk</source>
        <translation>Last signed in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paling sedikit 10 karakter, tidak memuat nama pengguna. Kalimat pendek yang mudah diingat lebih aman daripada kata yang rumit.</source>
        <translation>At least 10 characters, not containing the user name. A short sentence that is easy to remember is safer than a complicated word.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../ppid_desktop/ui/messages.py" line="+45"/>
        <location line="+19"/>
        <location filename="../../ppid_desktop/ui/record_editor.py" line="-1"/>
        <location line="+133"/>
        <location filename="../../ppid_desktop/ui/settings_dialog.py" line="+155"/>
        <location filename="../../ppid_desktop/ui/share_settings_dialog.py" line="+172"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/ui/encrypt_dialog.py" line="+132"/>
        <location filename="../../ppid_desktop/ui/handover_dialog.py" line="-7"/>
        <location filename="../../ppid_desktop/ui/inbox_panel.py" line="+72"/>
        <location filename="../../ppid_desktop/ui/messages.py" line="-17"/>
        <location line="+18"/>
        <location filename="../../ppid_desktop/ui/outbox_panel.py" line="+62"/>
        <location filename="../../ppid_desktop/ui/package_passphrase_dialog.py" line="+26"/>
        <location filename="../../ppid_desktop/ui/print_actions.py" line="+118"/>
        <location filename="../../ppid_desktop/ui/print_options.py" line="+128"/>
        <location filename="../../ppid_desktop/ui/print_preview.py" line="+115"/>
        <location filename="../../ppid_desktop/ui/settings_dialog.py" line="+1"/>
        <location filename="../../ppid_desktop/ui/setup_wizard.py" line="-77"/>
        <location filename="../../ppid_desktop/ui/share_settings_dialog.py" line="+1"/>
        <location filename="../../ppid_desktop/ui/spreadsheet_export_action.py" line="+55"/>
        <location filename="../../ppid_desktop/ui/spreadsheet_import_dialog.py" line="+0"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Tambah akun</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Setiap pejabat atau petugas mempunyai satu akun. Sampaikan kata sandinya secara langsung; pemiliknya dapat menggantinya sesudah masuk.</source>
        <translation>Every officer has one account. Give the password in person; its owner can change it after signing in.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ppid_desktop/ui/setup_pages.py" line="+320"/>
        <location filename="../../ppid_desktop/ui/sign_in_dialog.py" line="+105"/>
        <source>misalnya siti.rahma</source>
        <translation>for example siti.rahma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beri peran &amp;Admin</source>
        <translation>Give the &amp;Admin role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pemilik akun:</source>
        <translation>Account &amp;owner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/ui/setup_pages.py" line="+8"/>
        <location filename="../../ppid_desktop/ui/sign_in_dialog.py" line="+3"/>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3-32 karakter: huruf a-z, angka, titik, garis bawah, tanda hubung.</source>
        <translation>3-32 characters: letters a-z, digits, full stop, underscore, hyphen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/ui/lock_screen.py" line="+119"/>
        <location filename="../../ppid_desktop/ui/setup_pages.py" line="+2"/>
        <location filename="../../ppid_desktop/ui/sign_in_dialog.py" line="+1"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <location filename="../../ppid_desktop/ui/recovery_dialog.py" line="+168"/>
        <location filename="../../ppid_desktop/ui/setup_pages.py" line="+2"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Admin mengelola akun, unit, pejabat, SOP dan pengaturan kantor.</source>
        <translation>The Admin manages accounts, units, officers, the SOP and the office settings.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+173"/>
        <source>Semua pejabat dan petugas aktif sudah mempunyai akun.</source>
        <translation>Every active officer already has an account.</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+22"/>
        <location filename="../../ppid_desktop/ui/recovery_dialog.py" line="-2"/>
        <source>Kata sandi &amp;baru:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kata sandi akun {username} ({name}). Data tidak berubah; hanya kata sandi untuk masuk yang diganti.</source>
        <translation>Password of the account {username} ({name}). The data does not change; only the password for signing in is changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kata sandi &amp;lama:</source>
        <translation>&amp;Old password:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ulangi kata sandi baru:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tidak dapat masuk: pejabat nonaktif</source>
        <translation>Cannot sign in: the officer is inactive</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+27"/>
        <source>Akun pengguna</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Setiap pejabat atau petugas masuk dengan akunnya sendiri; setiap tindakan dicatat atas namanya.</source>
        <translation>Every officer signs in with their own account; every action is recorded under their name.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Tambah akun…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <location filename="../../ppid_desktop/ui/staff_dialog.py" line="+105"/>
        <location line="+12"/>
        <source>Nonaktifkan</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Jadikan Admin</source>
        <translation>Make Admin</translation>
    </message>
    <message>
        <location line="-99"/>
        <location filename="../../ppid_desktop/ui/staff_dialog.py" line="-82"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="-3"/>
        <location filename="../../ppid_desktop/ui/staff_dialog.py" line="+0"/>
        <source>Nonaktif</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Belum pernah</source>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Aktifkan…</source>
        <translation>Enable…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabut peran Admin</source>
        <translation>Revoke the Admin role</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Akun &quot;{username}&quot; dibuat.</source>
        <translation>Account &quot;{username}&quot; created.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kata sandi baru untuk {username} ({name}). Sampaikan secara langsung; pemiliknya sebaiknya menggantinya sesudah masuk.</source>
        <translation>New password for {username} ({name}). Give it in person; its owner should change it after signing in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kata sandi akun &quot;{username}&quot; sudah diatur ulang.</source>
        <translation>The password of account &quot;{username}&quot; has been reset.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Akun {username} ({name}) dapat masuk lagi dengan kata sandi baru ini.</source>
        <translation>The account {username} ({name}) can sign in again with this new password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aktifkan akun</source>
        <translation>Enable account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Akun &quot;{username}&quot; aktif kembali.</source>
        <translation>Account &quot;{username}&quot; is active again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nonaktifkan akun</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonaktifkan akun {username} ({name})? Akun itu tidak dapat masuk lagi sampai diaktifkan kembali dengan kata sandi baru. Riwayat tindakannya tetap tersimpan.</source>
        <translation>Disable the account {username} ({name})? The account cannot sign in again until it is enabled with a new password. The record of its actions is kept.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Akun &quot;{username}&quot; dinonaktifkan.</source>
        <translation>Account &quot;{username}&quot; disabled.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Peran Admin dicabut dari {name}.</source>
        <translation>The Admin role was revoked from {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} sekarang memegang peran Admin.</source>
        <translation>{name} now holds the Admin role.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/app.py" line="+121"/>
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{date} pukul {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Basis data rusak</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{error}

Ada cadangan yang utuh dari {when} ({kind}). Pulihkan basis data dari cadangan itu? Perubahan sesudah waktu tersebut tidak ada di dalamnya. Basis data yang rusak tidak dihapus: disisihkan ke folder backups untuk diperiksa petugas TI.</source>
        <translation>{error}

There is an intact backup from {when} ({kind}). Restore the database from that backup? Changes made after that time are not in it. The damaged database is not deleted: it is set aside in the backups folder for the IT officer to examine.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../ppid_desktop/ui/backup_dialog.py" line="+206"/>
        <source>Pemulihan gagal</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ppid_desktop/ui/backup_dialog.py" line="+14"/>
        <source>Basis data dipulihkan</source>
        <translation>Database restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis data dipulihkan dari cadangan {when}. Periksa pekerjaan sesudah waktu itu dan isi kembali bila perlu.</source>
        <translation>The database has been restored from the backup of {when}. Check the work done after that time and enter it again if necessary.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder data tidak dapat dipakai</source>
        <translation>The data folder cannot be used</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Penyiapan kantor belum selesai</source>
        <translation>Office set-up not completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder data ini mempunyai berkas kunci tetapi belum berisi kantor, karena penyiapannya terputus. Pindahkan folder data itu ke tempat lain, lalu jalankan PPID Desktop lagi untuk menyiapkan kantor dari awal.

Folder data: {folder}</source>
        <translation>This data folder has a key file but does not yet contain an office, because its set-up was interrupted. Move that data folder elsewhere, then run PPID Desktop again to set up the office from the beginning.

Data folder: {folder}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Cadangan harian gagal: {reason}</source>
        <translation>Daily backup failed: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Salinan cadangan ke folder bersama gagal: {reason}</source>
        <translation>Copying the backup to the shared folder failed: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cadangan disalin ke folder bersama dan diperiksa: {path}</source>
        <translation>Backup copied to the shared folder and checked: {path}</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/backup_dialog.py" line="-301"/>
        <source>Salinan basis data dibuat otomatis setiap hari, sebelum impor, dan sebelum pemulihan; setiap salinan diperiksa keutuhannya. Pilih satu cadangan untuk mengembalikan data ke keadaan saat cadangan itu dibuat.</source>
        <translation>A copy of the database is made automatically every day, before an import and before a restore; every copy is checked for integrity. Choose a backup to return the data to the state it was in when that backup was made.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ppid_desktop/ui/history_dialog.py" line="-148"/>
        <location filename="../../ppid_desktop/ui/setup_pages.py" line="-229"/>
        <location filename="../../ppid_desktop/ui/stage_panel.py" line="-4"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ppid_desktop/ui/inbox_panel.py" line="-72"/>
        <location filename="../../ppid_desktop/ui/outbox_panel.py" line="-63"/>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{date}, pukul {time}</source>
        <translation>{date}, at {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Basis data akan diganti dengan cadangan &quot;{label}&quot; dari {taken_at}. Rekaman dan perubahan sesudah waktu itu tidak ada di dalamnya.

Basis data yang sekarang disimpan lebih dahulu sebagai cadangan &quot;Sebelum pemulihan&quot;, sehingga pemulihan ini dapat dibatalkan dengan memulihkan cadangan tersebut.

Jendela PPID Desktop akan ditutup, lalu dibuka kembali dengan data yang dipulihkan. Isian yang belum disimpan ditanyakan lebih dahulu.

Lanjutkan pemulihan?</source>
        <translation>The database will be replaced with the backup &quot;{label}&quot; from {taken_at}. Records and changes made after that time are not in it.

The current database is first saved as a &quot;Before restore&quot; backup, so this restore can be undone by restoring that backup.

The PPID Desktop window will close, then open again with the restored data. You will be asked about unsaved entries first.

Continue with the restore?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cadangan dan pemulihan</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Buat cadangan sekarang</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulihkan…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Khusus Admin</source>
        <translation>Admin only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buka folder cadangan</source>
        <translation>Open backup folder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Salin ke folder bersama</source>
        <translation>Copy to shared folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salin cadangan terbaru yang utuh ke folder bersama, lalu periksa salinannya</source>
        <translation>Copy the newest intact backup to the shared folder, then check the copy</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Folder bersama belum diatur (Sunting &gt; Pengaturan &gt; Folder bersama), sehingga cadangan hanya ada di laptop ini.</source>
        <translation>The shared folder has not been set (Edit &gt; Settings &gt; Shared folder), so backups exist only on this laptop.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cadangan harian tidak disalin otomatis ke folder bersama (dapat dihidupkan di Sunting &gt; Pengaturan &gt; Folder bersama). Salinan manual masuk ke &quot;{folder}&quot;.</source>
        <translation>Daily backups are not copied automatically to the shared folder (this can be switched on in Edit &gt; Settings &gt; Shared folder). Manual copies go to &quot;{folder}&quot;.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cadangan harian disalin otomatis ke &quot;{folder}&quot;.</source>
        <translation>Daily backups are copied automatically to &quot;{folder}&quot;.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cadangan dibuat dan diperiksa utuh: {name}</source>
        <translation>Backup made and checked as intact: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membuat cadangan dan memeriksa keutuhannya…</source>
        <translation>Making a backup and checking its integrity…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cadangan &quot;{label}&quot; dari {taken_at} disalin ke folder bersama dan diperiksa utuh (SHA-256 sama):
{path}</source>
        <translation>Backup &quot;{label}&quot; from {taken_at} copied to the shared folder and checked as intact (same SHA-256):
{path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cadangan &quot;{label}&quot; dari {taken_at} sudah ada di folder bersama dan sama persis:
{path}</source>
        <translation>Backup &quot;{label}&quot; from {taken_at} is already in the shared folder and is exactly the same:
{path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menyalin cadangan terbaru ke folder bersama…</source>
        <translation>Copying the newest backup to the shared folder…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pulihkan basis data dari cadangan?</source>
        <translation>Restore the database from the backup?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Memeriksa keutuhan cadangan…</source>
        <translation>Checking the integrity of the backup…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Memulihkan basis data</source>
        <translation>Restoring the database</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Memulihkan basis data dari cadangan &quot;{name}&quot;. Basis data yang sekarang disimpan lebih dahulu sebagai cadangan &quot;Sebelum pemulihan&quot;. Mohon tunggu; jendela PPID Desktop dibuka kembali sesudahnya.</source>
        <translation>Restoring the database from the backup &quot;{name}&quot;. The current database is first saved as a &quot;Before restore&quot; backup. Please wait; the PPID Desktop window will open again afterwards.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{reason}

PPID Desktop dibuka kembali dengan data yang belum diubah.</source>
        <translation>{reason}

PPID Desktop will open again with the data unchanged.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Basis data dipulihkan dari cadangan &quot;{name}&quot;. Basis data sebelumnya disimpan sebagai cadangan &quot;{kept}&quot;. Periksa pekerjaan sesudah waktu cadangan itu dan isi kembali bila perlu.</source>
        <translation>The database has been restored from the backup &quot;{name}&quot;. The previous database was saved as the backup &quot;{kept}&quot;. Check the work done after the time of that backup and enter it again if necessary.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Basis data dipulihkan dari cadangan &quot;{name}&quot;. Periksa pekerjaan sesudah waktu cadangan itu dan isi kembali bila perlu.</source>
        <translation>The database has been restored from the backup &quot;{name}&quot;. Check the work done after the time of that backup and enter it again if necessary.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/crash_dialog.py" line="-16"/>
        <source>Terjadi kesalahan tak terduga</source>
        <translation>An unexpected error occurred</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;PPID Desktop mengalami kesalahan yang tidak terduga.&lt;/b&gt;&lt;br&gt;Data yang sudah disimpan tetap aman: setiap penyimpanan dilakukan utuh atau tidak sama sekali. Perubahan yang sedang diketik dan belum disimpan mungkin perlu diisi ulang.&lt;br&gt;&lt;br&gt;Rincian kesalahan telah dicatat di berkas log:&lt;br&gt;&lt;code&gt;{log_file}&lt;/code&gt;&lt;br&gt;Kirimkan berkas tersebut kepada petugas TI bila kesalahan ini terulang.</source>
        <translation>&lt;b&gt;PPID Desktop encountered an unexpected error.&lt;/b&gt;&lt;br&gt;Data already saved remains safe: every save is carried out completely or not at all. Changes being typed that have not been saved may need to be entered again.&lt;br&gt;&lt;br&gt;The details of the error have been recorded in the log file:&lt;br&gt;&lt;code&gt;{log_file}&lt;/code&gt;&lt;br&gt;Send that file to the IT officer if this error happens again.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Salin rincian</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/draft_keeper.py" line="+68"/>
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Isian yang belum disimpan ditemukan</source>
        <translation>Unsaved entries found</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>PPID Desktop tertutup sebelum %n isian sempat disimpan:
{titles}

Buka kembali untuk diperiksa dan disimpan? Bila tidak, isian tersebut disisihkan ke folder drafts/ditolak dan tidak ditawarkan lagi.</source>
        <translation>
            <numerusform>PPID Desktop closed before %n entry could be saved:
{titles}

Open it again to check and save it? If not, the entry is set aside in the drafts/ditolak folder and will not be offered again.</numerusform>
            <numerusform>PPID Desktop closed before %n entries could be saved:
{titles}

Open them again to check and save them? If not, the entries are set aside in the drafts/ditolak folder and will not be offered again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/encrypt_dialog.py" line="-78"/>
        <source>&lt;p&gt;Informasi yang dicatat dalam PPID Desktop adalah informasi yang &lt;b&gt;dikecualikan&lt;/b&gt; menurut Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik. Laptop yang hilang atau dicuri tidak boleh membukakan satu pun isinya.&lt;/p&gt;&lt;p&gt;Data di folder ini dibuat oleh versi PPID Desktop sebelumnya dan belum terenkripsi. Sebelum aplikasi dipakai lagi, basis data, berkas lampiran dan salinan cadangannya dienkripsi sekali; isinya tidak berubah. Mulai sekarang setiap orang masuk dengan akunnya sendiri.&lt;/p&gt;&lt;p&gt;Pilih pejabat atau petugas yang menjadi Admin aplikasi dan buat akunnya. Admin membuat akun untuk yang lain melalui menu Akun pengguna.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The information recorded in PPID Desktop is information that is &lt;b&gt;exempt&lt;/b&gt; under Law Number 14 of 2008 on Public Information Disclosure. A lost or stolen laptop must not reveal any of its contents.&lt;/p&gt;&lt;p&gt;The data in this folder was made by an earlier version of PPID Desktop and is not yet encrypted. Before the application is used again, the database, the attachment files and their backup copies are encrypted once; their contents do not change. From now on everyone signs in with their own account.&lt;/p&gt;&lt;p&gt;Choose the officer who is to be the application&apos;s Admin and create their account. The Admin creates accounts for the others through the User accounts menu.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Data sedang dienkripsi. Jangan mematikan komputer. Bila dibatalkan atau gagal sebelum selesai, data tetap seperti semula.</source>
        <translation>The data is being encrypted. Do not switch off the computer. If this is cancelled or fails before it finishes, the data stays as it was.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enkripsi dibatalkan; data tidak diubah. Kunci pemulihan di atas tetap berlaku. Klik Enkripsi sekarang untuk mencoba lagi, atau Keluar.</source>
        <translation>Encryption cancelled; the data has not been changed. The recovery key above remains valid. Click Encrypt now to try again, or Quit.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Mengenkripsi berkas tersimpan {done} dari {total}</source>
        <translation>Encrypting stored files: {done} of {total}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Amankan data kantor - PPID Desktop</source>
        <translation>Secure the office data - PPID Desktop</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../ppid_desktop/ui/recovery_dialog.py" line="-49"/>
        <location filename="../../ppid_desktop/ui/sign_in_dialog.py" line="+21"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ppid_desktop/ui/setup_wizard.py" line="-3"/>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ppid_desktop/ui/setup_wizard.py" line="+1"/>
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enkripsi sekarang</source>
        <translation>Encrypt now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coba lagi</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Belum ada pejabat atau petugas yang aktif di folder data ini, sehingga tidak ada yang dapat menjadi Admin. Hubungi petugas TI.</source>
        <translation>There is no active officer in this data folder yet, so nobody can become the Admin. Contact the IT officer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+99"/>
        <source>Menyiapkan…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location line="-62"/>
        <location filename="../../ppid_desktop/ui/sign_in_flow.py" line="+87"/>
        <source>Data tidak dapat dibuka</source>
        <translation>The data cannot be opened</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amankan data kantor</source>
        <translation>Secure the office data</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ppid_desktop/ui/recovery_dialog.py" line="+27"/>
        <location filename="../../ppid_desktop/ui/recovery_key_panel.py" line="+107"/>
        <location filename="../../ppid_desktop/ui/setup_pages.py" line="+304"/>
        <source>Kunci pemulihan</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mengenkripsi data</source>
        <translation>Encrypting the data</translation>
    </message>
    <message>
        <location line="+66"/>
        <location filename="../../ppid_desktop/ui/handover_dialog.py" line="+126"/>
        <location filename="../../ppid_desktop/ui/print_actions.py" line="-15"/>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enkripsi sudah melewati tahap akhir sehingga tidak dapat dibatalkan. Klik Coba lagi untuk menyelesaikannya.</source>
        <translation>The encryption has passed its final stage and can no longer be cancelled. Click Try again to complete it.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enkripsi belum selesai.</source>
        <translation>Encryption not completed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data sudah dienkripsi; penyelesaiannya belum berhasil.</source>
        <translation>The data has been encrypted; completing it has not yet succeeded.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Membuat akun Admin…</source>
        <translation>Creating the Admin account…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Berkas kunci di folder data &quot;{folder}&quot; tidak ditemukan. Hubungi petugas TI.</source>
        <translation>The key file in the data folder &quot;{folder}&quot; was not found. Contact the IT officer.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Data sudah dienkripsi, tetapi penyelesaiannya terhenti ({reason}). Periksa ruang disk dan izin folder data, lalu klik Coba lagi.</source>
        <translation>The data has been encrypted, but completing it stopped ({reason}). Check the disk space and the permissions of the data folder, then click Try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data tidak dapat dienkripsi ({reason}). Periksa ruang disk dan izin folder data, lalu coba lagi. Data tidak diubah.</source>
        <translation>The data could not be encrypted ({reason}). Check the disk space and the permissions of the data folder, then try again. The data has not been changed.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/expiry_panel.py" line="-16"/>
        <location filename="../../ppid_desktop/ui/record_table_model.py" line="-6"/>
        <source>No. register</source>
        <translation>Register no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ppid_desktop/ui/record_table_model.py" line="+2"/>
        <source>Unit penguasa</source>
        <translation>Owning unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keadaan</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pengecualian yang berakhir dalam {days} hari kerja atau sudah berakhir. PPID memutuskan setiap rekaman: &lt;b&gt;perpanjang&lt;/b&gt; dengan penetapan baru, atau &lt;b&gt;buka&lt;/b&gt; informasinya. Tidak ada yang dihapus: informasi yang dibuka pindah ke Daftar Informasi Publik dan riwayatnya tetap tersimpan.</source>
        <translation>Exemptions ending within {days} working days or already ended. The PPID decides on each record: &lt;b&gt;extend&lt;/b&gt; it with a new determination, or &lt;b&gt;disclose&lt;/b&gt; the information. Nothing is deleted: disclosed information moves to the Public Information Register and its history is kept.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Berakhir dalam %n hari kerja</source>
        <translation>
            <numerusform>Ends within %n working day</numerusform>
            <numerusform>Ends within %n working days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>berakhir {date}</source>
        <translation>ends {date}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Perpanjang jangka waktu pengecualian</source>
        <translation>Extend the exemption period</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sampai tanggal</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ppid_desktop/ui/record_editor.py" line="-152"/>
        <source>mis. Sampai memperoleh persetujuan dari yang bersangkutan</source>
        <translation>e.g. Until the consent of the person concerned is obtained</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mis. 050/1/PPID-KESRA/2025</source>
        <translation>e.g. 050/1/PPID-KESRA/2025</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Akhir jangka waktu baru:</source>
        <translation>New end of exemption period:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dan/atau syarat:</source>
        <translation>and/or condition:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor surat penetapan baru:</source>
        <translation>New determination letter number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal penetapan:</source>
        <translation>Determination date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/ui/penetapan_dialog.py" line="-6"/>
        <source>PPID yang menetapkan:</source>
        <translation>PPID making the determination:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/ui/penetapan_dialog.py" line="+1"/>
        <source>Atasan PPID yang menyetujui:</source>
        <translation>PPID&apos;s superior approving:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perpanjang</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Pengecualian belum dapat diperpanjang</source>
        <translation>The exemption cannot be extended yet</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <source>Buka informasi</source>
        <translation>Disclose information</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Dasar keputusan, mis. &quot;Jangka waktu pengecualian berakhir&quot; atau &quot;Putusan Komisi Informasi Nomor …&quot;</source>
        <translation>Basis of the decision, e.g. &quot;The exemption period has ended&quot; or &quot;Information Commission Decision Number …&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Informasi ini tidak dihapus: statusnya menjadi &lt;b&gt;Dibuka&lt;/b&gt; dan ia tercantum di Daftar Informasi Publik. Keputusan ini tercatat di riwayat rekaman.</source>
        <translation>This information is not deleted: its status becomes &lt;b&gt;Disclosed&lt;/b&gt; and it is listed in the Public Information Register. This decision is recorded in the record&apos;s history.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dasar keputusan membuka informasi:</source>
        <translation>Basis of the decision to disclose the information:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Informasi belum dapat dibuka</source>
        <translation>The information cannot be disclosed yet</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Perpanjang…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpanjang pengecualian dengan penetapan baru</source>
        <translation>Extend the exemption with a new determination</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buka informasi…</source>
        <translation>Disclose information…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buka informasi ini dan pindahkan ke Daftar Informasi Publik</source>
        <translation>Disclose this information and move it to the Public Information Register</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Tidak ada pengecualian yang berakhir dalam %n hari kerja.</source>
        <translation>
            <numerusform>No exemption ends within %n working day.</numerusform>
            <numerusform>No exemption ends within %n working days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n rekaman perlu keputusan · {expired} sudah berakhir · {soon} akan berakhir</source>
        <translation>
            <numerusform>%n record needs a decision · {expired} ended · {soon} ending soon</numerusform>
            <numerusform>%n records need a decision · {expired} ended · {soon} ending soon</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/formatting.py" line="+23"/>
        <source>Sampai dengan {date}</source>
        <translation>Until {date}</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../ppid_desktop/ui/history_dialog.py" line="+17"/>
        <location filename="../../ppid_desktop/ui/stage_timing.py" line="+53"/>
        <source>{hours} jam {minutes} menit</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/ui/history_dialog.py" line="+1"/>
        <source>{minutes} menit</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/handover_dialog.py" line="-188"/>
        <source>Centang rekaman yang diserahkan kepada PPID. Rekaman, berkasnya, Daftar Informasi yang Dikecualikan (PDF) dan berkas data rekaman dikemas menjadi satu paket serah terima yang diperiksa sidiknya, lalu dikirim ke folder bersama.</source>
        <translation>Tick the records to be handed over to the PPID. The records, their files, the Register of Exempt Information (PDF) and the record data file are packed into one handover package whose checksums are verified, and it is then sent to the shared folder.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Serah terima rekaman ke PPID</source>
        <translation>Hand over records to the PPID</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pilih semua</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kosongkan pilihan</source>
        <translation>Clear selection</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../ppid_desktop/ui/inbox_panel.py" line="+43"/>
        <location filename="../../ppid_desktop/ui/outbox_panel.py" line="+34"/>
        <source>Atur folder bersama…</source>
        <translation>Set up shared folder…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Buat dan kirim paket</source>
        <translation>Create and send package</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>tanpa nomor register</source>
        <translation>no register number</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tidak ada rekaman di tahap serah terima. Selesaikan tahap sebelumnya terlebih dahulu.</source>
        <translation>There are no records at the handover stage. Complete the previous stages first.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tujuan: folder bersama belum diatur. Paket disimpan di kotak keluar dan dikirim setelah folder diatur.</source>
        <translation>Destination: the shared folder has not been set up. The package is kept in the outbox and sent once the folder has been set up.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ppid_desktop/ui/outbox_panel.py" line="+124"/>
        <source>Tujuan: {folder}</source>
        <translation>Destination: {folder}</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>{count} rekaman dipilih</source>
        <translation>
            <numerusform>{count} record selected</numerusform>
            <numerusform>{count} records selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Membuat paket dari {count} rekaman…</source>
        <translation>
            <numerusform>Creating a package from {count} record…</numerusform>
            <numerusform>Creating a package from {count} records…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../ppid_desktop/ui/inbox_panel.py" line="+193"/>
        <location filename="../../ppid_desktop/ui/outbox_panel.py" line="+54"/>
        <source>{done} dari {total}</source>
        <translation>{done} of {total}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Paket &quot;{name}&quot; ({records} rekaman, {files} berkas, {size}) sudah diterima di folder bersama dan diperiksa utuh:
{path}</source>
        <translation>Package &quot;{name}&quot; (records: {records}, files: {files}, {size}) has been received in the shared folder and verified as complete:
{path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paket &quot;{name}&quot; ({records} rekaman, {files} berkas, {size}) disimpan di kotak keluar laptop ini dan belum sampai di folder bersama.</source>
        <translation>Package &quot;{name}&quot; (records: {records}, files: {files}, {size}) is kept in this laptop&apos;s outbox and has not yet reached the shared folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sebab: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paket dikirim otomatis dari tab Kotak keluar ketika folder bersama terjangkau.</source>
        <translation>The package is sent automatically from the Outbox tab when the shared folder can be reached.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paket terenkripsi: sampaikan kata sandi paket kepada PPID secara langsung atau lewat telepon, bukan di folder yang sama atau lewat surel yang sama.</source>
        <translation>Encrypted package: give the package password to the PPID in person or by telephone, not in the same folder or in the same email.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selesai</source>
        <comment>close button</comment>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pembuatan paket dibatalkan. Tidak ada yang berubah.</source>
        <translation>Package creation was cancelled. Nothing has changed.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/history_dialog.py" line="-21"/>
        <source>Riwayat ini hanya dapat ditambah, tidak dapat diubah atau dihapus.</source>
        <translation>This history can only be added to; it cannot be changed or deleted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/ui/overview_panel.py" line="-7"/>
        <location line="+145"/>
        <location filename="../../ppid_desktop/ui/record_table_model.py" line="+3"/>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Putaran</source>
        <translation>Round</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mulai</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location filename="../../ppid_desktop/ui/inbox_panel.py" line="-229"/>
        <location filename="../../ppid_desktop/ui/overview_panel.py" line="-145"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Hasil</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waktu kerja / waktu baku</source>
        <translation>Working time / standard time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ppid_desktop/ui/main_window.py" line="+1"/>
        <location filename="../../ppid_desktop/ui/overview_panel.py" line="+104"/>
        <location filename="../../ppid_desktop/ui/setup_wizard.py" line="-32"/>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{hours} jam</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>berjalan {worked} / {standard} {mark}</source>
        <translation>in progress {worked} / {standard} {mark}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+51"/>
        <location filename="../../ppid_desktop/ui/stage_history.py" line="+40"/>
        <source>Koreksi: {notes}</source>
        <translation>Correction: {notes}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ppid_desktop/ui/stage_history.py" line="+0"/>
        <source>Catatan: {notes}</source>
        <translation>Note: {notes}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Riwayat rekaman</source>
        <translation>Record history</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No. register {number}</source>
        <translation>Register no. {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seluruh tahap SOP selesai</source>
        <translation>all SOP stages finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tahap {stage}</source>
        <translation>stage {stage}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>diarsipkan (hanya-baca)</source>
        <translation>archived (read-only)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id {uid}</source>
        <translation>ID {uid}</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Tahap SOP yang dilalui (%n kunjungan tahap)</source>
        <translation>
            <numerusform>SOP stages passed through (%n stage visit)</numerusform>
            <numerusform>SOP stages passed through (%n stage visits)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Jejak audit (%n catatan)</source>
        <translation>
            <numerusform>Audit trail (%n entry)</numerusform>
            <numerusform>Audit trail (%n entries)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/inbox_panel.py" line="-7"/>
        <location filename="../../ppid_desktop/ui/outbox_panel.py" line="-212"/>
        <source>Paket</source>
        <translation>Package</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diletakkan</source>
        <translation>Placed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kantor pengirim</source>
        <translation>Sending office</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/ui/setup_officers_page.py" line="-29"/>
        <location line="+28"/>
        <location filename="../../ppid_desktop/ui/staff_dialog.py" line="-36"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanggal paket</source>
        <translation>Package date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/ui/overview_panel.py" line="-90"/>
        <source>Jumlah rekaman</source>
        <translation>Number of records</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;b&gt;Kotak masuk&lt;/b&gt;: paket serah terima dari unit yang menunggu di folder bersama</source>
        <translation>&lt;b&gt;Inbox&lt;/b&gt;: handover packages from the units waiting in the shared folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ppid_desktop/ui/overview_panel.py" line="+78"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periksa kelengkapan dan setiap sidik paket tanpa mengimpornya.</source>
        <translation>Check that the package is complete and verify every checksum without importing it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ppid_desktop/ui/package_passphrase_dialog.py" line="-1"/>
        <location filename="../../ppid_desktop/ui/spreadsheet_import_dialog.py" line="-150"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periksa paket sepenuhnya, lalu masukkan rekaman dan berkasnya sekaligus.</source>
        <translation>Check the package fully, then add its records and files in one go.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Folder terima paket belum diatur. Atur folder bersama untuk melihat paket dari unit.</source>
        <translation>The folder for receiving packages has not been set up. Set up the shared folder to see packages from the units.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder terima: {folder}</source>
        <translation>Receiving folder: {folder}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Membaca folder terima…</source>
        <translation>Reading the receiving folder…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Terenkripsi: kata sandi paket diminta saat impor</source>
        <translation>Encrypted: the package password is requested on import</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tidak ada paket di folder terima.</source>
        <translation>There are no packages in the receiving folder.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Paket ini sudah diimpor; mengimpornya lagi tidak menambah apa pun.</source>
        <translation>This package has already been imported; importing it again adds nothing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belum diperiksa. &quot;Periksa&quot; memeriksa tanpa mengimpor; &quot;Impor&quot; memeriksa lalu mengimpor.</source>
        <translation>Not checked yet. &quot;Check&quot; checks without importing; &quot;Import&quot; checks and then imports.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Memeriksa paket &quot;{name}&quot;…</source>
        <translation>Checking package &quot;{name}&quot;…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mengimpor paket &quot;{name}&quot;…</source>
        <translation>Importing package &quot;{name}&quot;…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Membatalkan… tidak ada yang diimpor.</source>
        <translation>Cancelling… nothing is imported.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pemeriksaan selesai.</source>
        <translation>Check complete.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Impor selesai.</source>
        <translation>Import complete.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paket sudah pernah diimpor.</source>
        <translation>The package has already been imported.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tidak ada yang diimpor; sebabnya tertulis di atas.</source>
        <translation>Nothing was imported; the reason is shown above.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dibatalkan. Tidak ada yang diimpor.</source>
        <translation>Cancelled. Nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Paket utuh: {files} berkas ({size}), setiap sidik SHA-256 dan SHA-512 cocok.</source>
        <translation>
            <numerusform>Package complete: {files} file ({size}), every SHA-256 and SHA-512 checksum matches.</numerusform>
            <numerusform>Package complete: {files} files ({size}), every SHA-256 and SHA-512 checksum matches.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paket terenkripsi: isinya dibuka dan diperiksa keasliannya saat diimpor dengan kata sandi paket dari unit pengirim.</source>
        <translation>Encrypted package: its contents are decrypted and their authenticity checked on import with the package password from the sending unit.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paket ini sudah pernah diimpor; tidak ada yang ditambahkan.</source>
        <translation>This package has already been imported; nothing was added.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{records} rekaman dan {files} berkas diimpor.</source>
        <translation>Records imported: {records}; files imported: {files}.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{count} rekaman sudah ada dan tidak digandakan.</source>
        <translation>
            <numerusform>{count} record already existed and was not duplicated.</numerusform>
            <numerusform>{count} records already existed and were not duplicated.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tanda terima: {path}</source>
        <translation>Receipt: {path}</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/legal_grounds_widget.py" line="+28"/>
        <location filename="../../ppid_desktop/ui/record_table_model.py" line="-2"/>
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Angka</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Peraturan lain</source>
        <translation>Other regulation</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>— Pilih dasar hukum —</source>
        <translation>— Choose a legal basis —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mis. UU 43/2009 Pasal 44</source>
        <translation>e.g. Law 43/2009 Article 44</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pasal 17 huruf {letter} — {label}</source>
        <translation>Article 17 letter {letter} — {label}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Tambah dasar hukum</source>
        <translation>Add legal basis</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ppid_desktop/ui/settings_work_page.py" line="+113"/>
        <location filename="../../ppid_desktop/ui/setup_pages.py" line="-202"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hapus dasar hukum pada baris yang dipilih</source>
        <translation>Remove the legal basis in the selected row</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Pasal 17 huruf {letter}</source>
        <translation>Article 17 letter {letter}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Dasar hukum ini tidak memiliki angka</source>
        <translation>This legal basis has no numbers</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/lock_screen.py" line="-11"/>
        <location line="+102"/>
        <source>PPID Desktop terkunci</source>
        <translation>PPID Desktop locked</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Aplikasi terkunci</source>
        <translation>Application locked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PPID Desktop dikunci karena tidak dipakai beberapa saat. Hanya {name} ({username}) yang dapat membukanya kembali dengan kata sandinya. Pengguna lain keluar dari aplikasi, lalu masuk dengan akunnya sendiri.</source>
        <translation>PPID Desktop was locked because it was not used for a while. Only {name} ({username}) can unlock it with their password. Other users quit the application, then sign in with their own account.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keluar dari aplikasi</source>
        <translation>Quit the application</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <location filename="../../ppid_desktop/ui/sign_in_dialog.py" line="+81"/>
        <source>Terlalu banyak percobaan yang gagal. Coba lagi dalam %n detik.</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/main_window.py" line="-443"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Rekaman &amp;baru</source>
        <translation>&amp;New record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buat rekaman informasi yang dikecualikan (Ctrl+N)</source>
        <translation>Create a record of exempt information (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cari</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Buka rekaman</source>
        <translation>&amp;Open record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Riwayat rekaman…</source>
        <translation>Record hi&amp;story…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Uji konsekuensi dan penetapan…</source>
        <translation>&amp;Consequence test and determination…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cetak &amp;DIK…</source>
        <translation>Print &amp;DIK…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cetak Daftar Informasi yang Dikecualikan (Ctrl+P)</source>
        <translation>Print the Register of Exempt Information (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Surat penetapan rekaman terpilih…</source>
        <translation>Determination &amp;letter for the selected record…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lembar SOP kantor…</source>
        <translation>Office &amp;SOP sheet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Pengaturan…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profil kantor, waktu kerja dan hari libur, cetak, folder bersama, bahasa, kunci layar (Ctrl+,)</source>
        <translation>Office profile, working time and holidays, printing, shared folder, language, screen lock (Ctrl+,)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unit dan pejabat…</source>
        <translation>&amp;Units and officers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tambah, ubah atau nonaktifkan unit kerja dan pejabat/petugas (khusus Admin)</source>
        <translation>Add, edit or disable work units and officers (Admin only)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Impor daftar dari Excel/CSV…</source>
        <translation>&amp;Import a list from Excel/CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ekspor daftar ke Excel/CSV…</source>
        <translation>&amp;Export the list to Excel/CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ekspor daftar yang tampil (sesuai pencarian dan tab) ke .xlsx atau .csv</source>
        <translation>Export the list shown (as searched and tabbed) to .xlsx or .csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Serah terima ke PPID…</source>
        <translation>&amp;Handover to the PPID…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kemas rekaman terpilih dan berkasnya menjadi paket serah terima ke folder bersama</source>
        <translation>Pack the selected records and their files into a handover package in the shared folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cadangan dan &amp;pemulihan…</source>
        <translation>Backup and &amp;restore…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cadangan basis data: buat, salin ke folder bersama, atau pulihkan</source>
        <translation>Database backups: make one, copy it to the shared folder, or restore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tentang PPID Desktop</source>
        <translation>&amp;About PPID Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Cetak</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sunting</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Alat utama</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> Petugas aktif: </source>
        <translation> Active officer: </translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../ppid_desktop/ui/print_actions.py" line="-53"/>
        <source>Daftar Informasi yang Dikecualikan</source>
        <translation>Register of Exempt Information</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+4"/>
        <source>Folder data: {folder}</source>
        <translation>Data folder: {folder}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>SOP: {title}</source>
        <translation>SOP: {title}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Pilih satu rekaman di daftar terlebih dahulu.</source>
        <translation>Select a record in the list first.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Profil kantor disimpan; dokumen berikutnya dicetak dengan kop yang baru.</source>
        <translation>Office profile saved; documents printed from now on carry the new letterhead.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PPID Desktop — {office}</source>
        <translation>PPID Desktop — {office}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pemulihan tidak dijalankan karena masih ada isian yang terbuka; tidak ada yang diubah.</source>
        <translation>The restore was not run because a form is still open; nothing was changed.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Basis data masih disiapkan; coba lagi sebentar lagi.</source>
        <translation>The database is still being prepared; please try again in a moment.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Pengecualian yang berakhir dalam 30 hari kerja atau sudah berakhir</source>
        <translation>Exemptions ending within 30 working days or already ended</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kotak keluar</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paket serah terima yang dibuat di laptop ini dan keadaannya</source>
        <translation>Handover packages made on this laptop and their state</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kotak masuk</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paket serah terima dari unit yang menunggu diimpor di folder bersama</source>
        <translation>Handover packages from the units waiting in the shared folder to be imported</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/messages.py" line="-40"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/office_profile_form.py" line="+31"/>
        <source>Pilih logo kantor</source>
        <translation>Choose the office logo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Boleh dikosongkan</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/ui/spreadsheet_import_dialog.py" line="-59"/>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Baris kop surat *</source>
        <translation>Letterhead lines *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satu baris kop per baris, dari atas; nama unit diisi pada kolom berikutnya.</source>
        <translation>One letterhead line per line, from the top; the unit name goes in the next field.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama unit/badan publik *</source>
        <translation>Name of the unit/public body *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tulis lengkap tanpa singkatan, seperti tercetak di bawah baris kop.</source>
        <translation>Write it in full without abbreviations, as printed below the letterhead lines.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ppid_desktop/ui/setup_wizard.py" line="+93"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/ui/setup_wizard.py" line="+1"/>
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/ui/setup_wizard.py" line="+1"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/ui/setup_wizard.py" line="+1"/>
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kota penandatanganan *</source>
        <translation>City of signing *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo (PNG/JPG)</source>
        <translation>Logo (PNG/JPG)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ppid_desktop/ui/settings_pages.py" line="-25"/>
        <source>Ukuran kertas bawaan</source>
        <translation>Default paper size</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Logo harus berupa gambar PNG atau JPG.</source>
        <translation>The logo must be a PNG or JPG image.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berkas logo &quot;{name}&quot; tidak ditemukan. Pilih ulang berkasnya.</source>
        <translation>The logo file &quot;{name}&quot; was not found. Choose the file again.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/outbox_panel.py" line="+0"/>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ppid_desktop/ui/overview_panel.py" line="+53"/>
        <location filename="../../ppid_desktop/ui/staff_dialog.py" line="-2"/>
        <source>Rekaman</source>
        <translation>Records</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ppid_desktop/ui/stage_files.py" line="+54"/>
        <source>Berkas</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percobaan</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;b&gt;Kotak keluar&lt;/b&gt;: paket serah terima yang dibuat di laptop ini</source>
        <translation>&lt;b&gt;Outbox&lt;/b&gt;: handover packages created on this laptop</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Belum ada paket. Paket dibuat melalui menu Berkas &gt; Serah terima ke PPID…</source>
        <translation>No packages yet. Packages are created from the menu File &gt; Hand over to the PPID…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kirim ulang sekarang</source>
        <translation>Resend now</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Folder bersama: {folder}</source>
        <translation>Shared folder: {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder bersama belum diatur: paket menunggu di kotak keluar sampai folder diatur.</source>
        <translation>The shared folder has not been set up: packages wait in the outbox until the folder has been set up.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Diterima di {path} pada {when}</source>
        <translation>Received in {path} on {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diterima di {path}</source>
        <translation>Received in {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menunggu giliran pengiriman.</source>
        <translation>Waiting to be sent.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Diterima dan diperiksa utuh di: {path}</source>
        <translation>Received and verified as complete in: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belum pernah dicoba; menunggu giliran pengiriman.</source>
        <translation>Not tried yet; waiting to be sent.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Semua paket sudah terkirim.</source>
        <translation>All packages have been sent.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{count} paket menunggu dikirim; dicoba lagi otomatis setiap {minutes} menit selama jendela terbuka.</source>
        <translation>
            <numerusform>{count} package is waiting to be sent; it is retried automatically every {minutes} minutes while the window is open.</numerusform>
            <numerusform>{count} packages are waiting to be sent; they are retried automatically every {minutes} minutes while the window is open.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Mengirim paket ke folder bersama…</source>
        <translation>Sending packages to the shared folder…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Membatalkan… paket tetap aman di kotak keluar.</source>
        <translation>Cancelling… the packages remain safe in the outbox.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pengiriman paket gagal</source>
        <translation>Package delivery failed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pengiriman dibatalkan. Paket tetap aman di kotak keluar dan dicoba lagi nanti.</source>
        <translation>Delivery was cancelled. The packages remain safe in the outbox and will be tried again later.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/overview_panel.py" line="-145"/>
        <source>Kunjungan tahap</source>
        <translation>Stage visits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memenuhi waktu baku</source>
        <translation>Within standard time</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+141"/>
        <source>Melewati waktu baku</source>
        <translation>Past the standard time</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Menunggu perbaikan (koreksi)</source>
        <translation>Awaiting correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akan berakhir ≤ {days} hari kerja</source>
        <translation>Ending within {days} working days</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pengecualian berakhir ≤ {days} hari kerja</source>
        <translation>Exemption ending within {days} working days</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draf — belum ditetapkan</source>
        <translation>Draft — not yet determined</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status: Draf (belum ditetapkan)</source>
        <translation>Status: Draft (not yet determined)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: Ditetapkan</source>
        <translation>Status: Determined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dibuka (Daftar Informasi Publik)</source>
        <translation>Disclosed (Register of Public Information)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status: Dibuka (Daftar Informasi Publik)</source>
        <translation>Status: Disclosed (Register of Public Information)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seluruh tahap SOP selesai</source>
        <translation>All SOP stages completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semua rekaman</source>
        <translation>All records</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Rekaman per tahap SOP</source>
        <translation>Records per SOP stage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status rekaman</source>
        <translation>Record status</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Belum ada tahap yang diselesaikan.</source>
        <translation>No stage has been completed yet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Buka daftar: {title}</source>
        <translation>Open list: {title}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pemenuhan waktu baku (mutu baku) per tahap dan petugas</source>
        <translation>Compliance with standard times (quality standard) per stage and officer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Kantor belum disiapkan; belum ada tahap SOP.</source>
        <translation>The office has not been set up yet; there are no SOP stages.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Buka tab tahap {stage}</source>
        <translation>Open the stage tab {stage}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buka daftar rekaman di tahap {stage} yang melewati waktu baku</source>
        <translation>Open the list of records at stage {stage} that are past the standard time</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Dihitung {when}</source>
        <translation>Calculated {when}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{stage} — melewati waktu baku</source>
        <translation>{stage} — past the standard time</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/package_encryption_box.py" line="+17"/>
        <source>Enkripsi paket dengan kata sandi paket</source>
        <translation>Encrypt the package with a package password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paket biasa dapat dibaca oleh siapa pun yang dapat membuka folder tujuan di drive jaringan. Paket terenkripsi hanya dapat dibaca oleh orang yang mengetahui kata sandi paket.
Sampaikan kata sandi paket kepada PPID dengan cara lain: secara langsung atau lewat telepon, jangan ditaruh di folder yang sama dan jangan dikirim lewat surel yang sama dengan kabar pengiriman paket.
Bila kata sandi paket hilang, paket tidak dapat dibuka oleh siapa pun, tetapi tidak ada data yang hilang: rekaman dan berkasnya tetap tersimpan utuh di aplikasi unit ini.
Pembuatan dan impor paket terenkripsi memerlukan waktu sedikit lebih lama.</source>
        <translation>An ordinary package can be read by anyone who can open the destination folder on the network drive. An encrypted package can only be read by people who know the package password.
Give the package password to the PPID by another route: in person or by telephone. Do not put it in the same folder and do not send it in the same email as the notice that the package has been sent.
If the package password is lost, nobody can open the package, but no data is lost: the records and their files remain stored intact in this unit&apos;s application.
Creating and importing an encrypted package takes slightly longer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keamanan paket di drive jaringan</source>
        <translation>Package security on the network drive</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sekurang-kurangnya 12 karakter</source>
        <translation>at least 12 characters</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ppid_desktop/ui/package_passphrase_dialog.py" line="-2"/>
        <source>Kata sandi paket:</source>
        <translation>Package password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ulangi kata sandi:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/package_passphrase_dialog.py" line="-8"/>
        <source>Kata sandi paket</source>
        <translation>Package password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paket &quot;{name}&quot; dienkripsi oleh unit pengirim. Masukkan kata sandi paket yang disampaikan unit itu secara langsung atau lewat telepon. Bila kata sandinya salah, tidak ada yang diimpor.</source>
        <translation>Package &quot;{name}&quot; was encrypted by the sending unit. Enter the package password that unit gave you in person or by telephone. If the password is wrong, nothing is imported.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/penetapan_dialog.py" line="-113"/>
        <source>— pilih {role} —</source>
        <translation>— choose {role} —</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(belum ada pejabat dengan peran {role})</source>
        <translation>(no officer has the role {role} yet)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Status: Draf — belum ditetapkan</source>
        <translation>Status: Draft — not yet determined</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: Dibuka — tercantum di Daftar Informasi Publik (penetapan terakhir nomor {number})</source>
        <translation>Status: Disclosed — listed in the Public Information Register (last determination number {number})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ditetapkan: nomor {number}, tanggal {date}</source>
        <translation>Determined: number {number}, dated {date}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Uji konsekuensi dan penetapan</source>
        <translation>Consequence test and determination</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nyatakan uji konsekuensi selesai</source>
        <translation>Declare the consequence test complete</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mis. 045/12/PPID-KESRA/2025</source>
        <translation>e.g. 045/12/PPID-KESRA/2025</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tetapkan</source>
        <translation>Determine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uji konsekuensi (Pasal 2 ayat (4) dan Pasal 19 UU 14/2008)</source>
        <translation>Consequence test (Article 2(4) and Article 19 of Law 14/2008)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dasar hukum:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konsekuensi bila dibuka:</source>
        <translation>Consequence if disclosed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konsekuensi bila ditutup:</source>
        <translation>Consequence if withheld:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jangka waktu:</source>
        <translation>Exemption period:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Penetapan (Surat Penetapan Klasifikasi)</source>
        <translation>Determination (Classification Determination Letter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nomor surat penetapan:</source>
        <translation>Determination letter number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>✓ Uji konsekuensi dinyatakan selesai oleh {officer} pada {when}.</source>
        <translation>✓ Consequence test declared complete by {officer} on {when}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Uji konsekuensi dinyatakan selesai pada {when}.</source>
        <translation>✓ Consequence test declared complete on {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uji konsekuensi belum dinyatakan selesai. Periksa dasar hukum dan kedua konsekuensi di atas.</source>
        <translation>The consequence test has not been declared complete yet. Check the legal basis and both consequences above.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Uji konsekuensi sudah dilakukan sebelum penetapan.</source>
        <translation>✓ The consequence test was carried out before the determination.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Penetapan baru saat jangka waktu berakhir dibuat melalui tab Jangka waktu (Perpanjang…).</source>
        <translation>A new determination when the exemption period ends is made through the Exemption period tab (Extend…).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Informasi ini sudah dibuka; tidak dapat ditetapkan lagi sebagai informasi yang dikecualikan.</source>
        <translation>This information has been disclosed; it cannot be determined as exempt information again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tetapkan sesudah uji konsekuensi selesai.</source>
        <translation>Determine once the consequence test is complete.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Uji konsekuensi belum dapat dinyatakan selesai</source>
        <translation>The consequence test cannot be declared complete yet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rekaman belum dapat ditetapkan</source>
        <translation>The record cannot be determined yet</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/print_actions.py" line="-20"/>
        <source>Dokumen tidak dapat dibuat</source>
        <translation>The document cannot be created</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Surat Penetapan Klasifikasi Informasi</source>
        <translation>Information Classification Determination Letter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Standar Operasional Prosedur</source>
        <translation>Standard Operating Procedure</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Pembuatan {title} dibatalkan.</source>
        <translation>Creation of the {title} cancelled.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Membuat {title}…</source>
        <translation>Creating the {title}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membuat PDF</source>
        <translation>Creating PDF</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/print_job.py" line="+26"/>
        <source>Dokumen tidak dapat dibuat karena terjadi kesalahan yang tidak terduga. Rinciannya dicatat di log aplikasi (folder logs di folder data); coba lagi, dan bila terulang, kirimkan berkas log itu kepada pengelola aplikasi.</source>
        <translation>The document cannot be created because an unexpected error occurred. The details are recorded in the application log (the logs folder in the data folder); try again, and if it happens again, send that log file to the application&apos;s administrator.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/print_options.py" line="-97"/>
        <source>Lanskap (mendatar)</source>
        <translation>Landscape (horizontal)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Potret (tegak)</source>
        <translation>Portrait (vertical)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cetak Daftar Informasi yang Dikecualikan</source>
        <translation>Print the Register of Exempt Information</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Semua tahun</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hanya tahun</source>
        <translation>Only the year</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tahun pencatatan</source>
        <translation>Year recorded</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jumlah salinan</source>
        <translation>Number of copies</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ukuran kertas:</source>
        <translation>Paper size:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orientasi:</source>
        <translation>Orientation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit penguasa informasi:</source>
        <translation>Unit holding the information:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tahun pencatatan:</source>
        <translation>Year recorded:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jumlah salinan:</source>
        <translation>Number of copies:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buat pratinjau</source>
        <translation>Create preview</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dokumen dibuat {copies} kali berurutan dalam satu berkas; setiap salinan diberi nomor “Salinan ke-1 dari {copies}” dan seterusnya.</source>
        <translation>The document is created {copies} times in a row in one file; each copy is numbered “Salinan ke-1 dari {copies}” and so on.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Satu salinan, tanpa nomor salinan.</source>
        <translation>One copy, without a copy number.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/print_preview.py" line="-215"/>
        <source>Simpan PDF sebagai</source>
        <translation>Save PDF as</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pratinjau — {title}</source>
        <translation>Preview — {title}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Halaman sebelumnya</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Halaman berikutnya</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pas lebar</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sesuaikan dengan lebar jendela</source>
        <translation>Fit to the width of the window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kirim ke pencetak</source>
        <translation>Send to the printer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan sebagai…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Simpan salinan PDF ini</source>
        <translation>Save a copy of this PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutup pratinjau</source>
        <translation>Close the preview</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Halaman {current} dari {count}</source>
        <translation>Page {current} of {count}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Berkas sudah ada</source>
        <translation>The file already exists</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Berkas &quot;{path}&quot; sudah ada. Ganti dengan dokumen ini?</source>
        <translation>The file &quot;{path}&quot; already exists. Replace it with this document?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF tidak dapat disimpan</source>
        <translation>The PDF cannot be saved</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ppid_desktop/ui/recovery_key_panel.py" line="-32"/>
        <source>Tersimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tidak dapat mencetak</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pencetak yang dipilih tidak dapat dibuka. Periksa apakah pencetak menyala dan terhubung, lalu coba lagi.</source>
        <translation>The selected printer cannot be opened. Check that the printer is switched on and connected, then try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mengirim halaman ke pencetak…</source>
        <translation>Sending pages to the printer…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>pencetak</source>
        <translation>the printer</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n halaman dikirim ke {printer}.</source>
        <translation>
            <numerusform>%n page sent to {printer}.</numerusform>
            <numerusform>%n pages sent to {printer}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/record_editor.py" line="-76"/>
        <source>Rekaman baru</source>
        <translation>New record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ubah rekaman — {title}</source>
        <translation>Edit record — {title}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>mis. 001/DIK/KESRA/2024</source>
        <translation>e.g. 001/DIK/KESRA/2024</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judul atau uraian singkat informasi yang dikecualikan</source>
        <translation>Title or short description of the exempt information</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Akibat yang timbul bila informasi ini dibuka kepada publik</source>
        <translation>The consequences that would arise if this information were disclosed to the public</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kepentingan yang lebih besar yang dilindungi bila informasi ini ditutup</source>
        <translation>The greater interest protected if this information is withheld</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Isi tanggal</source>
        <translation>Enter a date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mis. Lemari arsip Subbagian Tata Usaha; storage internal PPID</source>
        <translation>e.g. Archive cabinet of the Administration Subdivision; PPID internal storage</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Revisi…</source>
        <translation>Revise…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ubah rekaman yang sudah diarsipkan sebagai revisi baru, dengan alasan</source>
        <translation>Change an archived record as a new revision, with a reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Riwayat…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uji konsekuensi dan penetapan…</source>
        <translation>Consequence test and determination…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Informasi</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pasal 17 UU 14/2008 (huruf dan angka) dan/atau peraturan lain; boleh lebih dari satu.</source>
        <translation>Article 17 of Law 14/2008 (letter and number) and/or another regulation; more than one is allowed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uji konsekuensi</source>
        <translation>Consequence test</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jangka waktu dan penyimpanan</source>
        <translation>Exemption period and storage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Isi tanggal akhir, syarat, atau keduanya (Pasal 20 UU 14/2008).</source>
        <translation>Enter an end date, a condition, or both (Article 20 of Law 14/2008).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Simpan ({shortcut})</source>
        <translation>Save ({shortcut})</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Dibuat {created} oleh {created_by} · Diubah {updated} oleh {updated_by}</source>
        <translation>Created {created} by {created_by} · Changed {updated} by {updated_by}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID {uid} · Tahap: {stage} · Status: {status} · SOP: {sop}</source>
        <translation>ID {uid} · Stage: {stage} · Status: {status} · SOP: {sop}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Revisi rekaman yang diarsipkan</source>
        <translation>Revise an archived record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alasan revisi (dicatat dalam riwayat):</source>
        <translation>Reason for the revision (recorded in the history):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Isian ini dipulihkan dari {when}; periksa lalu simpan.</source>
        <translation>This form was recovered from {when}; check it, then save.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+3"/>
        <source>Rekaman belum disimpan</source>
        <translation>Record not saved</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rekaman ini memiliki perubahan yang belum disimpan. Simpan perubahan sebelum menutup?</source>
        <translation>This record has unsaved changes. Save the changes before closing?</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/record_list.py" line="+53"/>
        <source>Cari judul, nomor register, atau ringkasan isi… (Ctrl+F)</source>
        <translation>Search title, register number or summary… (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>{count} rekaman cocok</source>
        <translation>
            <numerusform>{count} matching record</numerusform>
            <numerusform>{count} matching records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{count} rekaman</source>
        <translation>
            <numerusform>{count} record</numerusform>
            <numerusform>{count} records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ppid_desktop/ui/record_picker.py" line="-23"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; — {count} rekaman</source>
        <translation>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt; — {count} record</numerusform>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt; — {count} records</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; — tidak ada rekaman</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — no records</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Buka rekaman</source>
        <translation>Open record</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/record_status_banner.py" line="+23"/>
        <source>Rekaman baru — disimpan sebagai &lt;b&gt;Draf&lt;/b&gt; di tahap pertama SOP.</source>
        <translation>New record — saved as a &lt;b&gt;Draft&lt;/b&gt; at the first stage of the SOP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Ditetapkan&lt;/b&gt; — surat penetapan nomor {number}, tanggal {date}</source>
        <translation>&lt;b&gt;Determined&lt;/b&gt; — determination letter number {number}, dated {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Dibuka&lt;/b&gt; — pengecualian berakhir; informasi tercantum di Daftar Informasi Publik</source>
        <translation>&lt;b&gt;Disclosed&lt;/b&gt; — the exemption has ended; the information is listed in the Public Information Register</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Draf&lt;/b&gt; — uji konsekuensi belum ditetapkan</source>
        <translation>&lt;b&gt;Draft&lt;/b&gt; — the consequence test has not been determined yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Diarsipkan&lt;/b&gt;: hanya-baca; perubahan disimpan sebagai revisi dengan alasan (revisi ke-{revision})</source>
        <translation>&lt;b&gt;Archived&lt;/b&gt;: read-only; changes are saved as a revision with a reason (revision {revision})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Diarsipkan&lt;/b&gt;: hanya-baca; perubahan disimpan sebagai revisi dengan alasan</source>
        <translation>&lt;b&gt;Archived&lt;/b&gt;: read-only; changes are saved as a revision with a reason</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/record_table_model.py" line="+4"/>
        <source>Klasifikasi</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waktu di tahap</source>
        <translation>Time in stage</translation>
    </message>
    <message>
        <location line="+321"/>
        <source>Masuk tahap {entered}; mutu baku {standard} kerja — melewati mutu baku</source>
        <translation>Entered the stage {entered}; quality standard {standard} of working time — quality standard exceeded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masuk tahap {entered}; mutu baku {standard} kerja</source>
        <translation>Entered the stage {entered}; quality standard {standard} of working time</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/recovery_dialog.py" line="-94"/>
        <source>Gunakan kunci pemulihan bila tidak ada Admin yang ingat kata sandinya. Kunci itu tercetak pada lembar kunci pemulihan yang disimpan ketika data kantor dienkripsi. Sesudah kunci diperiksa, tetapkan kata sandi baru untuk salah satu akun Admin.</source>
        <translation>Use the recovery key if no Admin remembers their password. The key is printed on the recovery key sheet kept when the office data was encrypted. Once the key has been checked, set a new password for one of the Admin accounts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Berkas kunci (keys.json) tidak ada di folder data &quot;{root}&quot;, sehingga tidak ada akun yang dapat masuk. Data tetap dapat dibuka dengan kunci pemulihan yang tercetak pada lembar kunci pemulihan. Sesudah kunci diperiksa, tetapkan kata sandi baru untuk akun Admin; akun lain diberi kata sandi baru oleh Admin melalui menu Akun pengguna.

Bila folder ini dibuat oleh versi PPID Desktop sebelumnya dan belum pernah dienkripsi, basis datanya rusak: pulihkan dari salinan cadangan dengan perintah &quot;ppid-desktop restore&quot; (daftar cadangan: &quot;ppid-desktop backup --list&quot;), lalu buka aplikasi lagi.</source>
        <translation>The key file (keys.json) is missing from the data folder &quot;{root}&quot;, so no account can sign in. The data can still be opened with the recovery key printed on the recovery key sheet. Once the key has been checked, set a new password for the Admin account; the Admin gives the other accounts new passwords through the User accounts menu.

If this folder was made by an earlier version of PPID Desktop and has never been encrypted, its database is damaged: restore it from a backup copy with the command &quot;ppid-desktop restore&quot; (list of backups: &quot;ppid-desktop backup --list&quot;), then open the application again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kunci pemulihan ini tidak membuka basis data di folder ini. Periksa apakah lembar kunci pemulihan yang dipakai milik kantor dan komputer ini.</source>
        <translation>This recovery key does not open the database in this folder. Check that the recovery key sheet used belongs to this office and this computer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basis data ini tidak mempunyai akun Admin yang aktif, sehingga kata sandi tidak dapat diatur ulang di sini. Hubungi petugas TI.</source>
        <translation>This database has no active Admin account, so the password cannot be reset here. Contact the IT officer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Folder data &quot;{root}&quot; tidak berisi basis data PPID Desktop. Periksa folder data yang dipilih.</source>
        <translation>Data folder &quot;{root}&quot; does not contain a PPID Desktop database. Check the data folder selected.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Buka data dengan kunci pemulihan - PPID Desktop</source>
        <translation>Open data with the recovery key - PPID Desktop</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Periksa kunci</source>
        <translation>Check key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simpan dan buka data</source>
        <translation>Save and open data</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Kunci pemulihan (56 huruf dan angka; tanda hubung boleh dilewati):</source>
        <translation>&amp;Recovery key (56 letters and digits; the hyphens may be left out):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Akun Admin:</source>
        <translation>&amp;Admin account:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kunci pemulihan benar. Pilih akun Admin dan tetapkan kata sandi barunya; data kantor tidak berubah, dan penggantian ini dicatat dalam jejak audit.</source>
        <translation>The recovery key is correct. Choose an Admin account and set its new password; the office data does not change, and this change is recorded in the audit trail.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Buka data dengan kunci pemulihan</source>
        <translation>Open data with the recovery key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kata sandi baru untuk Admin</source>
        <translation>New password for the Admin</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ketik kunci pemulihan dari lembar kunci pemulihan.</source>
        <translation>Type the recovery key from the recovery key sheet.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/recovery_key_panel.py" line="-46"/>
        <source>&lt;p&gt;Kunci pemulihan membuka data kantor ini bila semua kata sandi Admin terlupa, atau bila berkas kunci di folder data rusak atau terhapus. Tanpa kata sandi dan tanpa kunci ini, data tidak dapat dibuka oleh siapa pun.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Siapa pun yang memegang kunci ini dapat membaca seluruh data.&lt;/b&gt; Cetak atau catat kunci ini, lalu simpan lembarnya di tempat terkunci seperti stempel kantor (brankas atau lemari arsip), terpisah dari laptop ini.&lt;/p&gt;&lt;p&gt;Kunci ini hanya ditampilkan sekarang; sesudah langkah ini kunci tidak dapat dilihat lagi.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The recovery key opens this office&apos;s data if every Admin password is forgotten, or if the key file in the data folder is damaged or deleted. Without a password and without this key, no one can open the data.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Anyone who holds this key can read all the data.&lt;/b&gt; Print or write down this key, then keep the sheet in a locked place like the office stamp (a safe or filing cabinet), separate from this laptop.&lt;/p&gt;&lt;p&gt;This key is shown only now; after this step it cannot be viewed again.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simpan berkas PDF hanya pada flashdisk atau media lain yang ikut disimpan terkunci, jangan pada laptop ini dan jangan dikirim melalui surel.</source>
        <translation>Save the PDF file only on a flash drive or other medium that is also kept locked away, not on this laptop, and do not send it by email.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saya sudah mencetak atau mencatat kunci pemulihan ini dan menyimpannya di tempat yang aman.</source>
        <translation>I have printed or written down this recovery key and kept it in a safe place.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lembar Kunci Pemulihan</source>
        <translation>Recovery Key Sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lembar kunci sudah dikirim ke pencetak. Periksa hasil cetaknya: kuncinya harus terbaca jelas.</source>
        <translation>The key sheet has been sent to the printer. Check the printout: the key must be clearly legible.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Cetak lembar kunci…</source>
        <translation>Print key sheet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan sebagai PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Lembar kunci tidak dapat disimpan</source>
        <translation>The key sheet could not be saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lembar kunci disimpan: {path}</source>
        <translation>Key sheet saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/service_job.py" line="+36"/>
        <source>Proses tidak dapat diselesaikan karena terjadi kesalahan yang tidak terduga. Rinciannya dicatat di log aplikasi (folder logs di folder data); coba lagi, dan bila terulang, kirimkan berkas log itu kepada pengelola aplikasi.</source>
        <translation>The process could not be completed because an unexpected error occurred. The details are recorded in the application log (the logs folder in the data folder); try again, and if it happens again, send that log file to the application administrator.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/session_controls.py" line="+51"/>
        <location line="+39"/>
        <source> Masuk sebagai: {name} </source>
        <translation> Signed in as: {name} </translation>
    </message>
    <message>
        <location line="-38"/>
        <source>&amp;Akun pengguna…</source>
        <translation>&amp;User accounts…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akun dan peran Admin (khusus Admin)</source>
        <translation>Accounts and the Admin role (Admin only)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ganti kata sandi…</source>
        <translation>&amp;Change password…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kunci jendela</source>
        <translation>&amp;Lock window</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;kun</source>
        <translation>A&amp;ccount</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Tidak dapat masuk</source>
        <translation>Cannot sign in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nama pengguna: {username}</source>
        <translation>User name: {username}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Kata sandi diganti; pakai kata sandi baru saat masuk berikutnya.</source>
        <translation>Password changed; use the new password the next time you sign in.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/settings_dialog.py" line="-99"/>
        <source>Sebagian pengaturan tidak dapat disimpan.

Sudah disimpan: {saved}
Belum disimpan: {unsaved}

Sebabnya: {reason}

Perbaiki sebabnya, lalu tekan Simpan lagi; yang sudah disimpan tidak diubah lagi.</source>
        <translation>Some settings could not be saved.

Saved: {saved}
Not saved: {unsaved}

Reason: {reason}

Remedy the cause, then press Save again; what has been saved is not changed again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>profil kantor</source>
        <translation>office profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waktu kerja, hari libur dan margin cetak</source>
        <translation>working time, holidays and print margins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kunci layar</source>
        <translation>screen lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder bersama</source>
        <translation>shared folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bahasa</source>
        <translation>language</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Waktu kerja dan hari libur</source>
        <translation>Working time and holidays</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder bersama</source>
        <translation>Shared folder</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+47"/>
        <source>Pengaturan belum disimpan</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <location line="-14"/>
        <location filename="../../ppid_desktop/ui/settings_pages.py" line="+71"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahasa tampilan menjadi {language} setelah aplikasi ditutup dan dibuka kembali.</source>
        <translation>The display language becomes {language} after the application is closed and opened again.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pengaturan belum semuanya disimpan</source>
        <translation>Not all settings were saved</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/settings_pages.py" line="-153"/>
        <source>Hanya Admin yang dapat mengubah pengaturan ini. Anda dapat melihatnya saja.</source>
        <translation>Only an Admin can change these settings. You can only view them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atas</source>
        <translation>Top</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bawah</source>
        <translation>Bottom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiri</source>
        <translation>Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kanan</source>
        <translation>Right</translation>
    </message>
    <message>
        <location line="+63"/>
        <location filename="../../ppid_desktop/ui/setup_pages.py" line="-140"/>
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dicetak pada kop surat dan blok tanda tangan setiap dokumen. Kolom bertanda * wajib diisi.</source>
        <translation>Printed in the letterhead and signature block of every document. Fields marked * are required.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dipakai setiap dokumen yang dicetak, kecuali bila ukuran lain dipilih saat mencetak.</source>
        <translation>Used for every printed document, unless another size is chosen when printing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Margin cetak (mm)</source>
        <translation>Print margins (mm)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Setiap margin antara {low} dan {high} mm; dipakai semua dokumen yang dicetak.</source>
        <translation>Each margin between {low} and {high} mm; used for every printed document.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> menit</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>0 menit: tidak pernah dikunci.</source>
        <translation>0 min: never locked.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kunci otomatis sesudah tidak dipakai selama</source>
        <translation>Lock automatically after being unused for</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kunci layar</source>
        <translation>Screen lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jendela dikunci bila tidak dipakai selama waktu ini; hanya kata sandi pengguna yang sedang masuk yang membukanya kembali. Berlaku untuk semua akun di kantor ini.</source>
        <translation>The window locks when unused for this long; only the password of the user signed in unlocks it. Applies to every account in this office.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Bahasa tampilan</source>
        <translation>Display &amp;language</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pilihan bahasa berlaku di laptop ini saja, setelah aplikasi dibuka kembali. Dokumen yang dicetak, lembar kerja dan paket serah terima tetap berbahasa Indonesia.</source>
        <translation>The language chosen applies to this laptop only, once the application is opened again. Printed documents, spreadsheets and handover packages stay in Indonesian.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/settings_work_page.py" line="-29"/>
        <source>Jam kerja</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hari kerja</source>
        <translation>Working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jam masuk</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jam pulang</source>
        <translation>End time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waktu kerja dipakai untuk menghitung mutu baku tahap SOP dan pengingat 30 hari kerja sebelum jangka waktu pengecualian berakhir.</source>
        <translation>Working time is used to calculate the quality standards of the SOP stages and the reminder 30 working days before an exemption period ends.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+32"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Nama hari libur</source>
        <translation>Holiday name</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>mis. Hari Raya Idulfitri</source>
        <translation>e.g. Hari Raya Idulfitri</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/ui/setup_pages.py" line="+139"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hari libur</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Libur nasional dan cuti bersama tidak dihitung sebagai hari kerja.</source>
        <translation>National holidays and collective leave days are not counted as working days.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ppid_desktop/ui/setup_officers_page.py" line="-28"/>
        <location filename="../../ppid_desktop/ui/staff_dialog.py" line="+0"/>
        <location line="+2"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Tanggal {day} sudah ada dalam daftar ({name}).</source>
        <translation>The date {day} is already in the list ({name}).</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/setup_officers_page.py" line="-39"/>
        <source>— Tanpa unit —</source>
        <translation>— No unit —</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../ppid_desktop/ui/staff_dialog.py" line="+54"/>
        <source>Pejabat dan petugas</source>
        <translation>Officers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Isi data setiap pejabat/petugas seperti pada SK, pilih perannya, lalu klik Tambah. Isi paling sedikit satu orang.</source>
        <translation>Enter the details of each officer as in their decree (SK), select their roles, then click Add. Enter at least one person.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../ppid_desktop/ui/staff_forms.py" line="+87"/>
        <source>Contoh: Siti Rahmawati, S.Sos</source>
        <translation>Example: Siti Rahmawati, S.Sos</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/officer_fields.py" line="+34"/>
        <source>— Tidak ada —</source>
        <translation>— None —</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/setup_officers_page.py" line="+5"/>
        <location filename="../../ppid_desktop/ui/staff_forms.py" line="+5"/>
        <source>Contoh: Kepala Biro Kesejahteraan Rakyat</source>
        <translation>Example: Head of the People&apos;s Welfare Bureau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tambah ke daftar</source>
        <translation>Add to list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus yang dipilih</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ppid_desktop/ui/staff_dialog.py" line="-54"/>
        <source>NIP/NI PPPK</source>
        <translation>NIP/NI PPPK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gol.</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+27"/>
        <location filename="../../ppid_desktop/ui/staff_dialog.py" line="+0"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Nama lengkap dan gelar</source>
        <translation>Full name and titles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor pegawai</source>
        <translation>Employee number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/officer_fields.py" line="+15"/>
        <source>18 angka, contoh: 19690520 199803 1 008</source>
        <translation>18 digits, for example: 19690520 199803 1 008</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nomor NI PPPK (8 sampai 20 angka)</source>
        <translation>NI PPPK number (8 to 20 digits)</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/setup_officers_page.py" line="+89"/>
        <source>{kind} ini sudah dipakai oleh {name} dalam daftar di bawah.</source>
        <translation>This {kind} is already used by {name} in the list below.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Perhatian: peran berikut tidak dikenal dalam SOP terpilih: {roles}. Hapus orangnya dari daftar, lalu tambahkan kembali dengan peran yang sesuai.</source>
        <translation>Note: the following roles are not known in the selected SOP: {roles}. Remove the person from the list, then add them again with the appropriate role.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> atau </source>
        <comment>between role names</comment>
        <translation> or </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perhatian: belum ada pejabat/petugas dengan peran {roles}, padahal tahap 1 SOP dilaksanakan oleh peran tersebut. Anda tetap dapat melanjutkan dan menambahkannya nanti.</source>
        <translation>Note: there is no officer with the role {roles} yet, although stage 1 of the SOP is carried out by that role. You can still continue and add them later.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data yang diisi belum ditambahkan ke daftar. Klik Tambah terlebih dahulu.</source>
        <translation>The details entered have not been added to the list. Click Add first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Isi paling sedikit satu pejabat atau petugas, lalu klik Tambah.</source>
        <translation>Enter at least one officer, then click Add.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/setup_pages.py" line="-137"/>
        <source>Data ini dicetak pada kop surat dan blok tanda tangan setiap dokumen. Kolom bertanda * wajib diisi.</source>
        <translation>This data is printed in the letterhead and signature block of every document. Fields marked * are required.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>SOP yang diikuti</source>
        <translation>SOP followed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pilih SOP Pendokumentasian Informasi yang Dikecualikan yang berlaku di kantor ini. Tahap-tahapnya menjadi alur kerja setiap catatan.</source>
        <translation>Select the SOP for Documenting Exempt Information that applies in this office. Its stages become the workflow of every record.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ppid_desktop/ui/stage_panel.py" line="-2"/>
        <source>Pelaksana</source>
        <translation>Responsible officer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SOP yang tersedia:</source>
        <translation>Available SOPs:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tahap-tahap SOP terpilih:</source>
        <translation>Stages of the selected SOP:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{problem}
Hubungi pengelola aplikasi untuk memperbaiki berkas SOP.</source>
        <translation>{problem}
Contact the application&apos;s administrator to repair the SOP file.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{title} — Nomor {number} (%n tahap)
{agency}</source>
        <translation>
            <numerusform>{title} — Number {number} (%n stage)
{agency}</numerusform>
            <numerusform>{title} — Number {number} (%n stages)
{agency}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <location filename="../../ppid_desktop/ui/setup_wizard.py" line="+5"/>
        <location filename="../../ppid_desktop/ui/staff_dialog.py" line="+53"/>
        <source>Unit kerja</source>
        <translation>Work units</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daftarkan unit (bagian/subbagian) yang menghasilkan dan menguasai informasi. Isi paling sedikit satu unit.</source>
        <translation>Register the units (divisions/subdivisions) that produce and hold information. Enter at least one unit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contoh: Bagian Kesejahteraan Sosial</source>
        <translation>Example: Social Welfare Division</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nama unit:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unit yang sudah didaftarkan:</source>
        <translation>Units registered:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unit &quot;{name}&quot; sudah ada dalam daftar; setiap unit cukup dicatat sekali.</source>
        <translation>Unit &quot;{name}&quot; is already in the list; each unit needs to be entered only once.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unit &quot;{name}&quot; tidak dapat dihapus karena masih dipakai oleh {people}. Hapus atau ubah pejabat/petugas tersebut terlebih dahulu.</source>
        <translation>Unit &quot;{name}&quot; cannot be removed because it is still used by {people}. Remove or change those officers first.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;{text}&quot; belum ditambahkan. Klik Tambah, atau kosongkan kolom nama unit.</source>
        <translation>&quot;{text}&quot; has not been added. Click Add, or clear the unit name field.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Isi paling sedikit satu unit (bagian) yang menguasai informasi, lalu klik Tambah.</source>
        <translation>Enter at least one unit (division) that holds information, then click Add.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{min}-{max} karakter: huruf a-z, angka 0-9, titik, garis bawah, tanda hubung; misalnya siti.rahma.</source>
        <translation>{min}-{max} characters: letters a-z, digits 0-9, full stop, underscore, hyphen; for example siti.rahma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data kantor disimpan terenkripsi, dan setiap orang masuk dengan akunnya sendiri. Pilih pejabat atau petugas yang menjadi Admin aplikasi, lalu buat akunnya. Admin membuat akun pejabat dan petugas lain serta mengelola unit, SOP dan pengaturan kantor.</source>
        <translation>The office data is stored encrypted, and everyone signs in with their own account. Choose the officer who will be the application&apos;s Admin, then create their account. The Admin creates the accounts of the other officers and manages the units, the SOP and the office settings.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— Pilih pejabat atau petugas —</source>
        <translation>— Select an officer —</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Admin:</source>
        <translation>&amp;Admin:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Pilih pejabat atau petugas yang menjadi Admin aplikasi.</source>
        <translation>Select the officer who will be the application&apos;s Admin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Akun Admin</source>
        <translation>Admin account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin adalah orang pertama yang masuk ke aplikasi dan membuat akun untuk yang lain.</source>
        <translation>The Admin is the first person to sign in to the application and creates the accounts for the others.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cetak atau catat kunci ini sekarang. Kunci ini tidak akan ditampilkan lagi.</source>
        <translation>Print or write down this key now. It will not be shown again.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/setup_wizard.py" line="-128"/>
        <source>&lt;p&gt;PPID Desktop membantu PPID mendokumentasikan Informasi yang Dikecualikan sesuai UU Nomor 14 Tahun 2008: setiap informasi dicatat beserta uji konsekuensi, dasar hukum, dan jangka waktu pengecualiannya, lalu diproses mengikuti tahap-tahap SOP kantor Anda.&lt;/p&gt;&lt;p&gt;Aplikasi bekerja tanpa internet dan mencetak Daftar Informasi yang Dikecualikan serta Surat Penetapan dengan kop surat kantor Anda.&lt;/p&gt;&lt;p&gt;Penyiapan awal ini meminta profil kantor, SOP yang diikuti, unit kerja, pejabat dan petugas, serta akun Admin. Data disimpan terenkripsi; di akhir penyiapan Anda menerima &lt;b&gt;kunci pemulihan&lt;/b&gt; untuk dicetak dan disimpan. Tidak ada yang disimpan sebelum Anda menekan &lt;b&gt;Selesai&lt;/b&gt;; semua data kantor dapat diubah kemudian melalui menu Sunting &gt; Pengaturan.&lt;/p&gt;</source>
        <translation>&lt;p&gt;PPID Desktop helps the PPID document Exempt Information in accordance with Law Number 14 of 2008: each item of information is recorded with its consequence test, legal basis and exemption period, then processed through the stages of your office&apos;s SOP.&lt;/p&gt;&lt;p&gt;The application works without the internet and prints the Register of Exempt Information (DIK) and the Determination Letter with your office&apos;s letterhead.&lt;/p&gt;&lt;p&gt;This initial set-up asks for the office profile, the SOP followed, the work units, the officers and the Admin account. The data is stored encrypted; at the end of the set-up you receive a &lt;b&gt;recovery key&lt;/b&gt; to print and keep. Nothing is saved before you press &lt;b&gt;Finish&lt;/b&gt;; all office data can be changed later through Edit &gt; Settings.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Selamat datang di PPID Desktop</source>
        <translation>Welcome to PPID Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penyiapan awal, sekali saja, sebelum aplikasi digunakan.</source>
        <translation>Initial set-up, done once, before the application is used.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Periksa ringkasan berikut. Klik Lanjut untuk menerima kunci pemulihan, atau Kembali untuk mengubah.</source>
        <translation>Check the summary below. Click Next to receive the recovery key, or Back to make changes.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Penyiapan Awal PPID Desktop</source>
        <translation>PPID Desktop Initial Set-up</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Batalkan penyiapan awal?</source>
        <translation>Cancel the initial set-up?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data yang sudah diisi belum disimpan dan akan hilang. Batalkan penyiapan awal?</source>
        <translation>The data entered has not been saved and will be lost. Cancel the initial set-up?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kop surat</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama unit/badan publik</source>
        <translation>Name of unit/public body</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kota penandatanganan</source>
        <translation>City of signing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tanpa logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukuran kertas</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admin aplikasi</source>
        <translation>Application Admin</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Pejabat dan petugas (%n orang)</source>
        <translation>
            <numerusform>Officers (%n person)</numerusform>
            <numerusform>Officers (%n people)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nama, pangkat dan nomor pegawai</source>
        <translation>Name, rank and employee number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jabatan dan unit</source>
        <translation>Position and unit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name}, nama pengguna &lt;b&gt;{username}&lt;/b&gt;</source>
        <translation>{name}, user name &lt;b&gt;{username}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Akun Admin belum dapat dibuat</source>
        <translation>The Admin account could not be created yet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sudah disimpan. Perubahan dapat dilakukan sesudah penyiapan melalui menu Sunting.</source>
        <translation>Already saved. Changes can be made after the set-up through the Edit menu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SOP belum dipilih</source>
        <translation>No SOP selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilih SOP yang diikuti kantor ini pada halaman SOP.</source>
        <translation>Select the SOP this office follows on the SOP page.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>Data belum dapat disimpan</source>
        <translation>The data could not be saved yet</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/share_settings_dialog.py" line="-128"/>
        <source>Paket serah terima dikirim ke folder di drive bersama (jaringan kantor). Tulis jalur lengkap, misalnya &quot;Z:\Serah Terima\Keluar&quot; atau &quot;\\server-ppid\berbagi\Serah Terima&quot;. Bila laptop sedang tidak tersambung, paket menunggu di kotak keluar dan dikirim otomatis setelah drive terjangkau.</source>
        <translation>Handover packages are sent to a folder on the shared drive (the office network). Write the full path, for example &quot;Z:\Serah Terima\Keluar&quot; or &quot;\\server-ppid\berbagi\Serah Terima&quot;. While the laptop is not connected, packages wait in the outbox and are sent automatically once the drive can be reached.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cadangan terbaru disalin ke folder &quot;Cadangan PPID Desktop&quot; di dalam folder kirim paket (di laptop PPID: folder terima paket) setelah cadangan harian dibuat; tujuh salinan terbaru disimpan di sana.</source>
        <translation>The newest backup is copied to the folder &quot;Cadangan PPID Desktop&quot; inside the package sending folder (on the PPID&apos;s laptop: the package receiving folder) after the daily backup is made; the seven newest copies are kept there.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hanya di laptop PPID: folder tempat paket dari unit menunggu</source>
        <translation>PPID&apos;s laptop only: where packages from the units wait</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder &amp;kirim paket:</source>
        <translation>Package &amp;sending folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilih folder kirim paket</source>
        <translation>Choose the package sending folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder &amp;terima paket (PPID):</source>
        <translation>Package &amp;receiving folder (PPID):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilih folder terima paket</source>
        <translation>Choose the package receiving folder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Salin cadangan &amp;harian ke folder bersama</source>
        <translation>Copy the &amp;daily backup to the shared folder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kosongkan folder yang tidak dipakai di laptop ini.</source>
        <translation>Leave empty any folder not used on this laptop.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Folder bersama untuk serah terima</source>
        <translation>Shared folder for handovers</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/sign_in_dialog.py" line="-176"/>
        <source>Kata sandi tidak disimpan di mana pun, sehingga tidak dapat dilihat atau dikirim ulang. Minta Admin kantor mengatur ulang kata sandi Anda melalui menu Akun pengguna. Bila tidak ada Admin yang dapat masuk, data tetap dapat dibuka dengan kunci pemulihan yang dicetak ketika data dienkripsi; hubungi petugas TI.</source>
        <translation>Passwords are not stored anywhere, so they cannot be viewed or sent again. Ask the office&apos;s Admin to reset your password through the User accounts menu. If no Admin can sign in, the data can still be opened with the recovery key printed when the data was encrypted; contact the IT officer.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Masuk - PPID Desktop</source>
        <translation>Sign in - PPID Desktop</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Masuk dengan akun Anda untuk membuka data pendokumentasian.</source>
        <translation>Sign in with your account to open the documentation data.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lupa kata sandi?</source>
        <translation>Forgotten your password?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Buka dengan kunci pemulihan…</source>
        <translation>Open with the recovery key…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/spreadsheet_export_action.py" line="-32"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV untuk Excel, dipisah titik koma (*.csv)</source>
        <translation>CSV for Excel, semicolon-separated (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ekspor daftar ke Excel/CSV</source>
        <translation>Export register to Excel/CSV</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Mengekspor daftar…</source>
        <translation>Exporting the register…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ekspor daftar</source>
        <translation>Export register</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>{count} rekaman (sesuai pencarian/tahap yang ditampilkan) diekspor ke
{path}</source>
        <translation>
            <numerusform>{count} record (matching the search/stage shown) exported to
{path}</numerusform>
            <numerusform>{count} records (matching the search/stage shown) exported to
{path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{count} rekaman diekspor ke
{path}</source>
        <translation>
            <numerusform>{count} record exported to
{path}</numerusform>
            <numerusform>{count} records exported to
{path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ekspor selesai</source>
        <translation>Export complete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/spreadsheet_import_dialog.py" line="-39"/>
        <source>Lembar kerja (*.xlsx *.xlsm *.csv *.txt);;Buku kerja Excel (*.xlsx *.xlsm);;CSV (*.csv *.txt);;Semua berkas (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;Excel workbooks (*.xlsx *.xlsm);;CSV (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilih berkas .xlsx atau .csv yang berisi daftar informasi yang dikecualikan.</source>
        <translation>Choose an .xlsx or .csv file containing a register of exempt information.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pilih daftar yang diimpor</source>
        <translation>Choose the register to import</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Simpan laporan baris yang dilewati</source>
        <translation>Save report of skipped rows</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Impor daftar dari Excel/CSV</source>
        <translation>Import register from Excel/CSV</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Belum ada berkas yang dipilih</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(tidak ada: baris tanpa unit dilewati)</source>
        <translation>(none: rows without a unit are skipped)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lembar:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit bila kolom unit kosong:</source>
        <translation>Unit when the unit column is empty:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kolom di berkas</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contoh isi</source>
        <translation>Sample content</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diimpor sebagai</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pilih baris untuk melihat alasan baris itu dilewati.</source>
        <translation>Select a row to see why it is skipped.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1. Pemetaan kolom</source>
        <translation>1. Column mapping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Pratinjau</source>
        <translation>2. Preview</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simpan laporan baris yang dilewati…</source>
        <translation>Save report of skipped rows…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Membaca {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Berkas tidak dapat diimpor</source>
        <translation>The file cannot be imported</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>{total} baris data: {good} siap diimpor, {skipped} dilewati karena bermasalah. Baris yang bermasalah ditandai merah; arahkan tetikus ke baris itu untuk melihat alasannya.</source>
        <translation>
            <numerusform>{total} data row: {good} ready to import, {skipped} skipped because of problems. Rows with problems are marked in red; point the mouse at such a row to see the reason.</numerusform>
            <numerusform>{total} data rows: {good} ready to import, {skipped} skipped because of problems. Rows with problems are marked in red; point the mouse at such a row to see the reason.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Baris {row} dilewati:
{reasons}</source>
        <translation>Row {row} is skipped:
{reasons}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baris {row} siap diimpor.</source>
        <translation>Row {row} is ready to import.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Impor {count} baris</source>
        <translation>
            <numerusform>Import {count} row</numerusform>
            <numerusform>Import {count} rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Mengimpor {count} baris…</source>
        <translation>
            <numerusform>Importing {count} row…</numerusform>
            <numerusform>Importing {count} rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>{count} rekaman diimpor ke tahap pertama SOP.</source>
        <translation>
            <numerusform>{count} record imported into the first SOP stage.</numerusform>
            <numerusform>{count} records imported into the first SOP stage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{count} baris tidak diimpor karena sementara itu sudah tercatat.</source>
        <translation>
            <numerusform>{count} row was not imported because it had been recorded in the meantime.</numerusform>
            <numerusform>{count} rows were not imported because they had been recorded in the meantime.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impor selesai</source>
        <translation>Import complete</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Impor gagal; tidak ada rekaman yang disimpan.</source>
        <translation>Import failed; no records were saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impor gagal</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Impor dibatalkan; tidak ada rekaman yang disimpan.</source>
        <translation>Import cancelled; no records were saved.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Laporan tidak dapat disimpan</source>
        <translation>The report cannot be saved</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Laporan {count} baris yang dilewati disimpan ke {path}.</source>
        <translation>
            <numerusform>Report of {count} skipped row saved to {path}.</numerusform>
            <numerusform>Report of {count} skipped rows saved to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Membatalkan impor…</source>
        <translation>Cancelling the import…</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/spreadsheet_preview_model.py" line="-1"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alasan dilewati</source>
        <translation>Reason skipped</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Siap</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dilewati</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/stage_actions.py" line="+59"/>
        <source>Kembalikan untuk koreksi</source>
        <translation>Return for correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilih rekaman di daftar sebelah kiri untuk memeriksa syarat, melampirkan berkas, dan menyelesaikan tahap ini.</source>
        <translation>Select a record in the list on the left to check its requirements, attach files and complete this stage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lampirkan berkas ke tahap ini</source>
        <translation>Attach files to this stage</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ppid_desktop/ui/stage_files.py" line="-6"/>
        <source>Semua berkas (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+74"/>
        <location filename="../../ppid_desktop/ui/stage_panel.py" line="+1"/>
        <source>Syarat</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tahap ini tidak mempunyai syarat.</source>
        <translation>This stage has no requirements.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Riwayat tahap</source>
        <translation>Stage history</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Catatan</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catatan persetujuan, atau koreksi yang harus diperbaiki bila rekaman dikembalikan</source>
        <translation>Approval notes, or the corrections to be made if the record is returned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catatan tahap ini (boleh kosong)</source>
        <translation>Notes for this stage (optional)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kembalikan ke tahap yang ditetapkan SOP; catatan di atas menjadi koreksinya.</source>
        <translation>Return to the stage set by the SOP; the notes above become the correction.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No. register: {number}</source>
        <translation>Register no.: {number}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>belum diisi</source>
        <translation>not filled in yet</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Syarat belum dapat diubah</source>
        <translation>The requirement cannot be changed yet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tahap {number} belum dapat diselesaikan</source>
        <translation>Stage {number} cannot be completed yet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rekaman belum dapat dikembalikan</source>
        <translation>The record cannot be returned yet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Berkas belum dilampirkan</source>
        <translation>The file has not been attached</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/stage_files.py" line="+0"/>
        <source>Simpan salinan berkas</source>
        <translation>Save a copy of the file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output: {output}</source>
        <translation>Output: {output}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lampirkan berkas…</source>
        <translation>Attach files…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buka salinan</source>
        <translation>Open a copy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buka salinan hanya-baca berkas ini; berkas tersimpan tidak pernah diubah.</source>
        <translation>Open a read-only copy of this file; the stored file is never changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simpan salinan…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simpan salinan berkas ini ke folder lain; salinan diperiksa sama persis.</source>
        <translation>Save a copy of this file to another folder; the copy is checked to be identical.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>atau seret berkas ke panel ini</source>
        <translation>or drag files onto this panel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>tahap {number}</source>
        <translation>stage {number}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Belum ada berkas.</source>
        <translation>No files yet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dilampirkan {when} oleh {who}</source>
        <translation>attached {when} by {who}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dilampirkan {when}</source>
        <translation>attached {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>jenis tidak dikenal</source>
        <translation>unknown type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} bita</source>
        <translation>{count} bytes</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>Berkas tidak dapat dibuka</source>
        <translation>The file cannot be opened</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidak ada program untuk membuka &quot;{name}&quot;. Salinannya ada di &quot;{folder}&quot;; gunakan &quot;Simpan salinan…&quot; untuk menyimpannya di tempat lain.</source>
        <translation>There is no program to open &quot;{name}&quot;. The copy is in &quot;{folder}&quot;; use &quot;Save a copy…&quot; to save it elsewhere.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Salinan tidak dapat disimpan</source>
        <translation>The copy cannot be saved</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Salinan disimpan</source>
        <translation>Copy saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salinan &quot;{name}&quot; disimpan sebagai &quot;{path}&quot; dan sudah diperiksa sama persis dengan berkas tersimpan.</source>
        <translation>The copy of &quot;{name}&quot; was saved as &quot;{path}&quot; and has been checked to be identical to the stored file.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/stage_history.py" line="-22"/>
        <source>Mutu baku {standard}</source>
        <translation>Quality standard {standard}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>memenuhi mutu baku</source>
        <translation>quality standard met</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>melewati mutu baku</source>
        <translation>quality standard exceeded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waktu kerja {worked} dari {standard}</source>
        <translation>Working time {worked} of {standard}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>putaran {round}</source>
        <translation>round {round}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Belum ada riwayat tahap.</source>
        <translation>No stage history yet.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/stage_panel.py" line="-3"/>
        <source>Tahap {number} dari {count}: {name}</source>
        <translation>Stage {number} of {count}: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Tidak ada rekaman di tahap ini yang cocok dengan pencarian.</source>
        <translation>No record in this stage matches the search.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belum ada rekaman di tahap ini.</source>
        <translation>There are no records in this stage yet.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/stage_texts.py" line="+14"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serahkan ke PPID</source>
        <translation>Hand over to the PPID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terima dan simpan</source>
        <translation>Receive and store</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arsipkan</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selesaikan tahap</source>
        <translation>Complete stage</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Waktu di tahap: {duration} dari {standard} — melewati mutu baku</source>
        <translation>Time in stage: {duration} of {standard} — quality standard exceeded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waktu di tahap: {duration} dari {standard}</source>
        <translation>Time in stage: {duration} of {standard}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rekaman sudah diarsipkan dan hanya dapat dilihat. Perubahan disimpan sebagai revisi melalui editor rekaman.</source>
        <translation>The record has been archived and can only be viewed. Changes are saved as a revision through the record editor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seluruh tahap SOP rekaman ini sudah selesai.</source>
        <translation>All SOP stages of this record have been completed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rekaman ini sekarang berada di tahap {number} ({name}).</source>
        <translation>This record is now at stage {number} ({name}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Koreksi dari pimpinan PPID&lt;/b&gt; ({who}):&lt;br&gt;{notes}</source>
        <translation>&lt;b&gt;Correction from the PPID management&lt;/b&gt; ({who}):&lt;br&gt;{notes}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rekaman dikembalikan ke tahap {number} ({name}) untuk koreksi.</source>
        <translation>The record was returned to stage {number} ({name}) for correction.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rekaman diarsipkan; seluruh tahap SOP selesai.</source>
        <translation>The record was archived; all SOP stages are complete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seluruh tahap SOP rekaman ini selesai.</source>
        <translation>All SOP stages of this record are complete.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rekaman dipindahkan ke tahap {number} ({name}).</source>
        <translation>The record was moved to stage {number} ({name}).</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/stage_timing.py" line="-14"/>
        <source>Dihitung dalam jam kerja kantor: {days}, {start}–{end}, di luar hari libur (Sunting &gt; Pengaturan).</source>
        <translation>Counted in the office&apos;s working hours: {days}, {start}–{end}, excluding holidays (Edit &gt; Settings).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{hours} j {minutes} m</source>
        <translation>{hours} h {minutes} m</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/unit_combo.py" line="+28"/>
        <source>— Pilih unit —</source>
        <translation>— Choose a unit —</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/staff_forms.py" line="-55"/>
        <source>Tidak dapat disimpan</source>
        <translation>Cannot be saved</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Contoh: Subbagian Umum dan Kepegawaian</source>
        <translation>Example: General Affairs and Personnel Subdivision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boleh dikosongkan, contoh: SUBAG-UM</source>
        <translation>Optional, for example: SUBAG-UM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nama unit:</source>
        <translation>&amp;Unit name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kode:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Isi data pejabat/petugas seperti pada SK, lalu pilih perannya. Peran menentukan tahap yang dapat diselesaikannya; Admin mengelola akun, unit dan pejabat.</source>
        <translation>Enter the officer&apos;s details as in their letter of appointment (SK), then choose their roles. Roles decide which stages they can complete; an Admin manages accounts, units and officers.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../ppid_desktop/ui/unit_combo.py" line="+8"/>
        <source>{name} (nonaktif)</source>
        <translation>{name} (disabled)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ppid_desktop/ui/unit_combo.py" line="+1"/>
        <source>Unit nonaktif (no. {number})</source>
        <translation>Inactive unit (no. {number})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Nama lengkap dan gelar:</source>
        <translation>Full &amp;name and titles:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor &amp;pegawai:</source>
        <translation>Em&amp;ployee number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pang&amp;kat/golongan:</source>
        <translation>Ran&amp;k/grade:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jabatan:</source>
        <translation>Pos&amp;ition:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peran:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/storage/settings_file.py" line="+99"/>
        <source>{failure} ({reason}). Periksa izin folder data.</source>
        <translation>{failure} ({reason}). Check the permissions of the data folder.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/domain/sop_loader.py" line="+50"/>
        <source>tanggal TOML tanpa tanda kutip (contoh: 2021-03-01)</source>
        <translation>a TOML date without quotation marks (example: 2021-03-01)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>nilai tidak valid</source>
        <translation>invalid value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baris tidak dapat dibaca</source>
        <translation>the line cannot be read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>teks tidak ditutup dengan tanda kutip</source>
        <translation>text not closed with a quotation mark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>teks tidak ditutup dengan tanda kutip sebelum akhir baris</source>
        <translation>text not closed with a quotation mark before the end of the line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ada karakter yang tidak boleh dipakai</source>
        <translation>there is a character that may not be used</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daftar [ ... ] tidak ditutup</source>
        <translation>list [ ... ] not closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tabel { ... } tidak ditutup</source>
        <translation>table { ... } not closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kunci yang sama ditulis dua kali</source>
        <translation>the same key is written twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tabel yang sama ditulis dua kali</source>
        <translation>the same table is written twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanda &apos;=&apos; tidak ada setelah nama kunci</source>
        <translation>no &apos;=&apos; sign after the key name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanda &apos;]]&apos; tidak ada di akhir nama tabel</source>
        <translation>no &apos;]]&apos; at the end of the table name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanda &apos;]&apos; tidak ada di akhir nama tabel</source>
        <translation>no &apos;]&apos; at the end of the table name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ada teks lain setelah nilai pada baris yang sama</source>
        <translation>there is other text after the value on the same line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanggal tidak valid</source>
        <translation>invalid date</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>kolom {column}</source>
        <translation>column {column}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>akhir berkas</source>
        <translation>end of file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sintaks tidak valid</source>
        <translation>invalid syntax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kesalahan TOML ({where}): {problem} [{detail}]</source>
        <translation>TOML error ({where}): {problem} [{detail}]</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+91"/>
        <source>bilangan bulat</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>bilangan pecahan</source>
        <translation>a decimal number</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>teks</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>daftar</source>
        <translation>a list</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tabel</source>
        <translation>a table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanggal-waktu</source>
        <translation>a date-time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tanggal</source>
        <translation>a date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>jam</source>
        <translation>a time</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>harus berupa tabel, bukan {found}</source>
        <translation>must be a table, not {found}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label}: {reason}</source>
        <translation>{label}: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>maksudnya &apos;{key}&apos;?</source>
        <translation>did you mean &apos;{key}&apos;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yang boleh: {keys}</source>
        <translation>allowed: {keys}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kunci &apos;{key}&apos; tidak dikenal ({hint})</source>
        <translation>unknown key &apos;{key}&apos; ({hint})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kunci &apos;{key}&apos; wajib ada</source>
        <translation>key &apos;{key}&apos; is required</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{key}&apos; harus berupa {expected}, bukan {found}</source>
        <translation>&apos;{key}&apos; must be {expected}, not {found}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{key}&apos; tidak boleh kosong</source>
        <translation>&apos;{key}&apos; must not be empty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>daftar teks</source>
        <translation>a list of texts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{key}&apos; harus berupa daftar teks, misalnya [&quot;...&quot;, &quot;...&quot;]</source>
        <translation>&apos;{key}&apos; must be a list of texts, for example [&quot;...&quot;, &quot;...&quot;]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kode &apos;{value}&apos; tidak valid (hanya boleh {allowed})</source>
        <translation>code &apos;{value}&apos; is invalid (only {allowed} allowed)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;{key}&apos; harus berupa {expected} atau &quot;&quot;</source>
        <translation>&apos;{key}&apos; must be {expected} or &quot;&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>format {format} tidak didukung; aplikasi ini hanya membaca format 1</source>
        <translation>format {format} is not supported; this application reads only format 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>huruf kecil a-z, angka dan tanda &apos;-&apos;</source>
        <translation>lower-case letters a-z, digits and the &apos;-&apos; sign</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tabel [header]</source>
        <translation>a [header] table</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>daftar [[roles]]</source>
        <translation>a [[roles]] list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daftar [[stages]]</source>
        <translation>a [[stages]] list</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>NIP &apos;{nip}&apos; hanya boleh berisi angka, tanpa spasi atau titik</source>
        <translation>NIP &apos;{nip}&apos; may contain digits only, without spaces or full stops</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;instansi&apos; harus berisi minimal satu baris</source>
        <translation>&apos;instansi&apos; must contain at least one line</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>tidak ada [[roles]]; tulis minimal satu kolom pelaksana</source>
        <translation>no [[roles]]; write at least one responsible officer column</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>peran ke-{number}</source>
        <translation>role no. {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>huruf kecil a-z dan &apos;_&apos;</source>
        <translation>lower-case letters a-z and &apos;_&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kode peran &apos;{code}&apos; sudah dipakai peran lain</source>
        <translation>role code &apos;{code}&apos; is already used by another role</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tidak ada [[stages]]; templat harus memiliki minimal satu tahap</source>
        <translation>no [[stages]]; the template must have at least one stage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tahap ke-{number}</source>
        <translation>stage no. {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>huruf kecil a-z, angka dan &apos;_&apos;</source>
        <translation>lower-case letters a-z, digits and &apos;_&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tahap &apos;{code}&apos;</source>
        <translation>stage &apos;{code}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kode tahap &apos;{code}&apos; sudah dipakai tahap lain</source>
        <translation>stage code &apos;{code}&apos; is already used by another stage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;pelaksana&apos; harus berisi minimal satu kode peran</source>
        <translation>&apos;pelaksana&apos; must contain at least one role code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pelaksana &apos;{role}&apos; tidak ada di [[roles]]</source>
        <translation>responsible officer &apos;{role}&apos; is not in [[roles]]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ada kode peran yang ditulis dua kali di &apos;pelaksana&apos;</source>
        <translation>a role code is written twice in &apos;pelaksana&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bilangan bulat (menit)</source>
        <translation>a whole number (minutes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;waktu_menit&apos; harus lebih dari 0, bukan {minutes}</source>
        <translation>&apos;waktu_menit&apos; must be more than 0, not {minutes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>jenis tahap &apos;{kind}&apos; tidak dikenal (yang boleh: {kinds})</source>
        <translation>unknown stage kind &apos;{kind}&apos; (allowed: {kinds})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;output_berkas&apos; = true tetapi &apos;output&apos; kosong</source>
        <translation>&apos;output_berkas&apos; = true but &apos;output&apos; is empty</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;return_to&apos; hanya boleh pada tahap dengan kind = &quot;review&quot;</source>
        <translation>&apos;return_to&apos; is allowed only in a stage with kind = &quot;review&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tahap reviu wajib punya &apos;return_to&apos; (kode tahap tujuan jika dikembalikan)</source>
        <translation>a review stage must have &apos;return_to&apos; (the code of the stage a returned record goes back to)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;return_to&apos; menyebut tahap &apos;{target}&apos; yang tidak ada</source>
        <translation>&apos;return_to&apos; names stage &apos;{target}&apos;, which does not exist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;return_to&apos; harus menunjuk tahap sebelumnya, bukan &apos;{target}&apos;</source>
        <translation>&apos;return_to&apos; must point to an earlier stage, not &apos;{target}&apos;</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/handover_receipt.py" line="+122"/>
        <source>Tanda terima &quot;{receipt}&quot; tidak dapat dibuka ({reason}). Periksa apakah berkasnya masih ada.</source>
        <translation>Receipt &quot;{receipt}&quot; cannot be opened ({reason}). Check that the file still exists.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tanda terima &quot;{name}&quot; di folder data telah berubah atau rusak, sehingga tidak dibuka. Impor paketnya sekali lagi dari folder bersama untuk membuat tanda terima baru.</source>
        <translation>Receipt &quot;{name}&quot; in the data folder has been changed or is damaged, so it was not opened. Import the package again from the shared folder to make a new receipt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Salinan tanda terima &quot;{name}&quot; tidak dapat dibuat di &quot;{folder}&quot; ({reason}). Periksa ruang disk, lalu coba lagi.</source>
        <translation>A copy of receipt &quot;{name}&quot; cannot be made in &quot;{folder}&quot; ({reason}). Check the disk space, then try again.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/staff.py" line="-17"/>
        <source>Unit itu tidak ditemukan; mungkin daftarnya sudah berubah. Muat ulang daftarnya.</source>
        <translation>That unit was not found; the list may have changed. Reload the list.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Unit &quot;{name}&quot; sudah aktif.</source>
        <translation>The unit &quot;{name}&quot; is already active.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit &quot;{name}&quot; sudah tidak aktif.</source>
        <translation>The unit &quot;{name}&quot; is already inactive.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unit &quot;{name}&quot; masih mempunyai {count} pejabat atau petugas aktif. Pindahkan dulu pejabat atau petugas itu ke unit lain (atau nonaktifkan mereka), lalu nonaktifkan unitnya.</source>
        <translation>The unit &quot;{name}&quot; still has {count} active officer(s). First move those officers to another unit (or deactivate them), then deactivate the unit.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pejabat atau petugas itu tidak ditemukan; mungkin daftarnya sudah berubah.</source>
        <translation>That officer was not found; the list may have changed.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} adalah satu-satunya Admin yang aktif dan tidak dapat dinonaktifkan. Jadikan pejabat lain Admin terlebih dahulu.</source>
        <translation>{name} is the only active Admin and cannot be deactivated. Make another officer an Admin first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} adalah satu-satunya Admin yang aktif; peran Admin tidak dapat dicabut. Jadikan pejabat lain Admin terlebih dahulu.</source>
        <translation>{name} is the only active Admin; the Admin role cannot be removed. Make another officer an Admin first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anda tidak dapat menonaktifkan diri sendiri; minta Admin lain melakukannya.</source>
        <translation>You cannot deactivate yourself; ask another Admin to do it.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/accounts.py" line="-12"/>
        <location filename="../../ppid_desktop/services/staff.py" line="+1"/>
        <source>Anda tidak dapat mencabut peran Admin Anda sendiri; minta Admin lain melakukannya.</source>
        <translation>You cannot remove your own Admin role; ask another Admin to do it.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/office.py" line="-307"/>
        <source>Unit yang dipilih tidak ditemukan; muat ulang daftar unit.</source>
        <translation>The chosen unit was not found; reload the list of units.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit &quot;{name}&quot; sudah tidak aktif; pilih unit yang aktif.</source>
        <translation>The unit &quot;{name}&quot; is no longer active; choose an active unit.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/services/staff.py" line="+71"/>
        <source>{name} sudah aktif.</source>
        <translation>{name} is already active.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{name} sudah tidak aktif.</source>
        <translation>{name} is already inactive.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unit &quot;{unit}&quot; sudah tidak aktif. Pindahkan {name} ke unit yang aktif terlebih dahulu, lalu aktifkan kembali.</source>
        <translation>The unit &quot;{unit}&quot; is no longer active. First move {name} to an active unit, then reactivate them.</translation>
    </message>
    <message>
        <location filename="../../ppid_desktop/ui/staff_dialog.py" line="-55"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pejabat aktif</source>
        <translation>Active officers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit dan pejabat</source>
        <translation>Units and officers</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Pejabat dan unit tidak dihapus: yang dinonaktifkan tidak dapat dipilih lagi, tetapi rekaman dan dokumen yang sudah dicetak tetap memuat namanya.</source>
        <translation>Officers and units are never deleted: once disabled they can no longer be chosen, but records and printed documents keep their names.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Tambah unit…</source>
        <translation>Add unit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ubah nama…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Aktifkan</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Tambah…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Belum ada</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Tambah unit</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nama unit (bagian/subbagian) seperti pada struktur organisasi.</source>
        <translation>The unit&apos;s name (division/subdivision) as in the organisation chart.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit &quot;{name}&quot; ditambahkan.</source>
        <translation>Unit &quot;{name}&quot; added.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rekaman unit ini, termasuk yang sudah ada, akan tampil dengan nama yang baru. DIK yang sudah dicetak tidak berubah.</source>
        <translation>This unit&apos;s records, including existing ones, will show the new name. Registers (DIK) already printed do not change.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ubah nama unit</source>
        <translation>Rename unit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit &quot;{old}&quot; sekarang bernama &quot;{name}&quot;.</source>
        <translation>Unit &quot;{old}&quot; is now called &quot;{name}&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nonaktifkan unit</source>
        <translation>Disable unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonaktifkan unit {name}? Unit itu tidak dapat dipilih lagi untuk rekaman baru. Rekaman yang sudah ada, termasuk DIK yang sudah dicetak, tetap memuat namanya. Unit dapat diaktifkan kembali.</source>
        <translation>Disable the unit {name}? It can no longer be chosen for new records. Existing records, including registers (DIK) already printed, keep its name. The unit can be enabled again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unit &quot;{name}&quot; aktif kembali.</source>
        <translation>Unit &quot;{name}&quot; is active again.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit &quot;{name}&quot; dinonaktifkan.</source>
        <translation>Unit &quot;{name}&quot; disabled.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tambah pejabat/petugas</source>
        <translation>Add officer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ditambahkan. Buatkan akunnya di Akun &gt; Akun pengguna agar ia dapat masuk.</source>
        <translation>{name} added. Create their account under Account &gt; User accounts so that they can sign in.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ubah pejabat/petugas</source>
        <translation>Edit officer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data {name} disimpan.</source>
        <translation>Details of {name} saved.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nonaktifkan pejabat/petugas</source>
        <translation>Disable officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonaktifkan {name}? Ia tidak dapat masuk lagi dan tidak dapat dipilih untuk rekaman atau tahap baru. Rekaman, riwayat dan dokumen yang sudah dicetak tetap memuat namanya. Ia dapat diaktifkan kembali.</source>
        <translation>Disable {name}? They will no longer be able to sign in or be chosen for new records or stages. Records, history and printed documents keep their name. They can be enabled again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} aktif kembali.</source>
        <translation>{name} is active again.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{name} dinonaktifkan.</source>
        <translation>{name} disabled.</translation>
    </message>
</context>
</TS>
