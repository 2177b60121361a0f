<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Tutup tanpa Menyimpan</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan Semua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;Semua</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Tidak untuk Se&amp;mua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba Lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur Ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan Bawaan</translation>
    </message>
</context>
<context>
    <name>TimeLookups</name>
    <message>
        <source>there is no user named %1; add them under Settings → Users first</source>
        <translation>tidak ada pengguna bernama %1; tambahkan dulu di Pengaturan → Pengguna</translation>
    </message>
    <message>
        <source>several users are named %1; rename all but one of them first</source>
        <translation>ada beberapa pengguna bernama %1; ganti dulu nama semuanya kecuali satu</translation>
    </message>
    <message>
        <source>there is no contract %1</source>
        <translation>kontrak %1 tidak ada</translation>
    </message>
    <message>
        <source>the contract %1 belongs to another account, not to %2</source>
        <translation>kontrak %1 milik akun lain, bukan milik %2</translation>
    </message>
</context>
<context>
    <name>cd::AccountConversion</name>
    <message>
        <source>A conversion needs the day it happens.</source>
        <translation>Konversi memerlukan tanggal pelaksanaannya.</translation>
    </message>
    <message>
        <source>A customer cannot be converted on %1, a day still ahead.</source>
        <translation>Pelanggan tidak dapat dikonversi pada %1, tanggal yang belum tiba.</translation>
    </message>
    <message>
        <source>“%1” is already a client.</source>
        <translation>“%1” sudah menjadi klien.</translation>
    </message>
    <message>
        <source>Engagement with %1</source>
        <translation>Kerja sama dengan %1</translation>
    </message>
    <message>
        <source>To be agreed: the services, fees and term of the engagement.</source>
        <translation>Akan disepakati: layanan, biaya, dan jangka waktu kerja sama.</translation>
    </message>
    <message>
        <source>Recording the conversion failed</source>
        <translation>Gagal mencatat konversi</translation>
    </message>
    <message>
        <source>Reading the account failed</source>
        <translation>Gagal membaca akun</translation>
    </message>
    <message>
        <source>There is no account with id %1.</source>
        <translation>Tidak ada akun dengan id %1.</translation>
    </message>
    <message>
        <source>“%1” was not converted from a customer.</source>
        <translation>“%1” bukan hasil konversi dari pelanggan.</translation>
    </message>
    <message>
        <source>The conversion of “%1” cannot be undone: no draft contract opened by Convert to Client is left.</source>
        <translation>Konversi “%1” tidak dapat dibatalkan: tidak ada lagi draf kontrak yang dibuka oleh Jadikan Klien.</translation>
    </message>
    <message>
        <source>The conversion of “%1” can no longer be undone: contract %2 has been signed.</source>
        <translation>Konversi “%1” tidak dapat dibatalkan lagi: kontrak %2 sudah ditandatangani.</translation>
    </message>
    <message>
        <source>Reading the contracts failed</source>
        <translation>Gagal membaca daftar kontrak</translation>
    </message>
    <message>
        <source>The conversion of “%1” can no longer be undone: it has other contracts besides the draft %2.</source>
        <translation>Konversi “%1” tidak dapat dibatalkan lagi: akun ini memiliki kontrak lain selain draf %2.</translation>
    </message>
    <message>
        <source>Reading the revenue failed</source>
        <translation>Gagal membaca pendapatan</translation>
    </message>
    <message>
        <source>The conversion of “%1” can no longer be undone: revenue has been booked as client revenue since.</source>
        <translation>Konversi “%1” tidak dapat dibatalkan lagi: sejak itu sudah ada pendapatan yang dibukukan sebagai pendapatan klien.</translation>
    </message>
    <message>
        <source>Undoing the conversion failed</source>
        <translation>Gagal membatalkan konversi</translation>
    </message>
    <message>
        <source>Undid the conversion of “%1” to client (converted on %2).</source>
        <translation>Membatalkan konversi “%1” menjadi klien (dikonversi pada %2).</translation>
    </message>
</context>
<context>
    <name>cd::AccountDialog</name>
    <message>
        <source>New Client</source>
        <translation>Klien Baru</translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation>Pelanggan Baru</translation>
    </message>
    <message>
        <source>e.g. PT Maju Jaya</source>
        <translation>mis. PT Maju Jaya</translation>
    </message>
    <message>
        <source>No account manager</source>
        <translation>Tanpa manajer akun</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Bentuk badan usaha:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Industri:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Kota:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Wilayah:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Ne&amp;gara:</translation>
    </message>
    <message>
        <source>Account &amp;manager:</source>
        <translation>&amp;Manajer akun:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation>Nomor &amp;pajak:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>It is a different business: create it &amp;anyway</source>
        <translation>Ini usaha yang berbeda: tetap b&amp;uat</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Ubah %1</translation>
    </message>
    <message>
        <source>“%1” (%2, %3): %4</source>
        <translation>“%1” (%2, %3): %4</translation>
    </message>
    <message>
        <source>no city</source>
        <translation>tanpa kota</translation>
    </message>
    <message>
        <source>This looks like an account you have already:
%1</source>
        <translation>Akun ini tampaknya sudah ada:
%1</translation>
    </message>
    <message>
        <source>Show the account as it is now saved, without your edits</source>
        <translation>Tampilkan akun seperti yang kini tersimpan, tanpa suntingan Anda</translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation>Muat U&amp;lang</translation>
    </message>
    <message>
        <source>%1 (the firm&apos;s currency)</source>
        <translation>%1 (mata uang firma)</translation>
    </message>
    <message>
        <source>What this account&apos;s contracts, sales and deals are in unless chosen otherwise.</source>
        <translation>Mata uang yang dipakai untuk kontrak, penjualan, dan peluang akun ini kecuali dipilih lain.</translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation>Mat&amp;a uang:</translation>
    </message>
</context>
<context>
    <name>cd::AccountListQuery</name>
    <message>
        <source>Listing the accounts failed</source>
        <translation>Gagal memuat daftar akun</translation>
    </message>
    <message>
        <source>Reading the revenue of the last twelve months failed</source>
        <translation>Gagal membaca pendapatan dua belas bulan terakhir</translation>
    </message>
    <message>
        <source>Reading the tags failed</source>
        <translation>Gagal membaca tag</translation>
    </message>
    <message>
        <source>Reading the prospects failed</source>
        <translation>Gagal membaca prospek</translation>
    </message>
    <message>
        <source>The revenue of account %1 adds up to more than ClientDesk can count exactly; run &apos;clientdesk check&apos; to find the amounts that are too large.</source>
        <translation>Total pendapatan akun %1 lebih dari yang dapat dihitung ClientDesk secara tepat; jalankan &apos;clientdesk check&apos; untuk menemukan jumlah yang terlalu besar.</translation>
    </message>
    <message>
        <source>Reading the prospects&apos; open deals failed</source>
        <translation>Gagal membaca peluang terbuka para prospek</translation>
    </message>
</context>
<context>
    <name>cd::AccountMerger</name>
    <message>
        <source>contacts: %1</source>
        <translation>kontak: %1</translation>
    </message>
    <message>
        <source>contracts: %1</source>
        <translation>kontrak: %1</translation>
    </message>
    <message>
        <source>revenue entries: %1</source>
        <translation>entri pendapatan: %1</translation>
    </message>
    <message>
        <source>interactions: %1</source>
        <translation>interaksi: %1</translation>
    </message>
    <message>
        <source>opportunities: %1</source>
        <translation>peluang: %1</translation>
    </message>
    <message>
        <source>service plan items: %1</source>
        <translation>item paket layanan: %1</translation>
    </message>
    <message>
        <source>service requests: %1</source>
        <translation>permintaan layanan: %1</translation>
    </message>
    <message>
        <source>no records to move</source>
        <translation>tidak ada data yang perlu dipindahkan</translation>
    </message>
    <message>
        <source>An account cannot be merged into itself.</source>
        <translation>Akun tidak dapat digabungkan ke dirinya sendiri.</translation>
    </message>
    <message>
        <source>“%1” has contracts and “%2” is a customer; contracts belong to clients, so merge into “%1” instead.</source>
        <translation>“%1” memiliki kontrak dan “%2” adalah pelanggan; kontrak hanya dimiliki klien, jadi gabungkan ke “%1” sebagai gantinya.</translation>
    </message>
    <message>
        <source>Merged “%1” (id %2) into this account; moved %3.</source>
        <translation>“%1” (id %2) digabungkan ke akun ini; yang dipindahkan: %3.</translation>
    </message>
    <message>
        <source>time entries: %1</source>
        <translation>catatan waktu: %1</translation>
    </message>
    <message>
        <source>“%1” has %2 invoiced time entries, which stay with the account they were invoiced to; merge “%3” into “%1” instead.</source>
        <translation>“%1” memiliki %2 catatan waktu yang sudah difakturkan, yang tetap berada di akun tempat catatan itu difakturkan; gabungkan “%3” ke “%1” sebagai gantinya.</translation>
    </message>
</context>
<context>
    <name>cd::AccountOpportunities</name>
    <message>
        <source>Opportunity</source>
        <translation>Peluang</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilitas</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Perkiraan penutupan</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <source>New &amp;Opportunity…</source>
        <translation>Peluang &amp;Baru…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 pada %2</translation>
    </message>
    <message>
        <source>No opportunities yet.</source>
        <translation>Belum ada peluang.</translation>
    </message>
    <message>
        <source>%1 open, %2 won, %3 lost</source>
        <translation>%1 terbuka, %2 menang, %3 kalah</translation>
    </message>
</context>
<context>
    <name>cd::AccountRepository</name>
    <message>
        <source>kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>legal form</source>
        <translation>bentuk badan usaha</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>industri</translation>
    </message>
    <message>
        <source>city</source>
        <translation>kota</translation>
    </message>
    <message>
        <source>region</source>
        <translation>wilayah</translation>
    </message>
    <message>
        <source>country</source>
        <translation>negara</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>account manager</source>
        <translation>manajer akun</translation>
    </message>
    <message>
        <source>referred by</source>
        <translation>dirujuk oleh</translation>
    </message>
    <message>
        <source>tax id</source>
        <translation>nomor pajak</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telepon</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>conversion date</source>
        <translation>tanggal konversi</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tag</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Akun memerlukan nama.</translation>
    </message>
    <message>
        <source>Only a client has a conversion date; “%1” is a customer but has the conversion date %2.</source>
        <translation>Hanya klien yang memiliki tanggal konversi; “%1” adalah pelanggan tetapi memiliki tanggal konversi %2.</translation>
    </message>
    <message>
        <source>The conversion date %1 of “%2” is in the future.</source>
        <translation>Tanggal konversi %1 untuk “%2” berada di masa depan.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“%1” bukan alamat email.</translation>
    </message>
    <message>
        <source>An account cannot be referred by itself.</source>
        <translation>Akun tidak dapat dirujuk oleh dirinya sendiri.</translation>
    </message>
    <message>
        <source>The tag “%1” contains “|”, which separates tags in files; use another character.</source>
        <translation>Tag “%1” mengandung “|”, yang memisahkan tag di dalam berkas; gunakan karakter lain.</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Tag tidak boleh kosong.</translation>
    </message>
    <message>
        <source>Checking the account manager failed</source>
        <translation>Gagal memeriksa manajer akun</translation>
    </message>
    <message>
        <source>There is no user with id %1 to be the account manager of “%2”.</source>
        <translation>Tidak ada pengguna dengan id %1 untuk menjadi manajer akun “%2”.</translation>
    </message>
    <message>
        <source>Checking the referring account failed</source>
        <translation>Gagal memeriksa akun perujuk</translation>
    </message>
    <message>
        <source>There is no account with id %1 to have referred “%2”.</source>
        <translation>Tidak ada akun dengan id %1 yang merujuk “%2”.</translation>
    </message>
    <message>
        <source>Replacing the tags failed</source>
        <translation>Gagal mengganti tag</translation>
    </message>
    <message>
        <source>Saving the tag “%1” failed</source>
        <translation>Gagal menyimpan tag “%1”</translation>
    </message>
    <message>
        <source>Saving the account “%1” failed</source>
        <translation>Gagal menyimpan akun “%1”</translation>
    </message>
    <message>
        <source>The account “%1” has not been saved yet, so it cannot be updated.</source>
        <translation>Akun “%1” belum disimpan, sehingga tidak dapat diperbarui.</translation>
    </message>
    <message>
        <source>The account “%1” no longer exists; someone else deleted it.</source>
        <translation>Akun “%1” sudah tidak ada; orang lain telah menghapusnya.</translation>
    </message>
    <message>
        <source>Someone else changed this account since you opened it; reload it and try again.</source>
        <translation>Orang lain telah mengubah akun ini sejak Anda membukanya; muat ulang lalu coba lagi.</translation>
    </message>
    <message>
        <source>Converted “%1” from customer to client; changed %2.</source>
        <translation>“%1” dikonversi dari pelanggan menjadi klien; %2 diubah.</translation>
    </message>
    <message>
        <source>Changed %1 of “%2”.</source>
        <translation>%1 pada “%2” diubah.</translation>
    </message>
    <message>
        <source>Checking the revenue failed</source>
        <translation>Gagal memeriksa pendapatan</translation>
    </message>
    <message>
        <source>Checking the contracts failed</source>
        <translation>Gagal memeriksa kontrak</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted because it has revenue entries (%2) and contracts (%3); set its status to former instead.</source>
        <translation>“%1” tidak dapat dihapus karena memiliki entri pendapatan (%2) dan kontrak (%3); ubah statusnya menjadi mantan.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted because it has revenue entries (%2); set its status to former instead.</source>
        <translation>“%1” tidak dapat dihapus karena memiliki entri pendapatan (%2); ubah statusnya menjadi mantan.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted because it has contracts (%2); set its status to former instead.</source>
        <translation>“%1” tidak dapat dihapus karena memiliki kontrak (%2); ubah statusnya menjadi mantan.</translation>
    </message>
    <message>
        <source>Deleting the account “%1” failed</source>
        <translation>Gagal menghapus akun “%1”</translation>
    </message>
    <message>
        <source>Making the prospect active failed</source>
        <translation>Gagal mengaktifkan prospek</translation>
    </message>
    <message>
        <source>Prospect became active: %1</source>
        <translation>Prospek menjadi aktif: %1</translation>
    </message>
    <message>
        <source>There is no account with id %1.</source>
        <translation>Tidak ada akun dengan id %1.</translation>
    </message>
    <message>
        <source>Counting the accounts failed</source>
        <translation>Gagal menghitung akun</translation>
    </message>
    <message>
        <source>Reading the industries failed</source>
        <translation>Gagal membaca industri</translation>
    </message>
    <message>
        <source>Reading the accounts failed</source>
        <translation>Gagal membaca akun</translation>
    </message>
    <message>
        <source>Reading the tags failed</source>
        <translation>Gagal membaca tag</translation>
    </message>
    <message>
        <source>The account&apos;s name</source>
        <translation>Nama akun</translation>
    </message>
    <message>
        <source>The account&apos;s industry</source>
        <translation>Industri akun</translation>
    </message>
    <message>
        <source>The account&apos;s city</source>
        <translation>Kota akun</translation>
    </message>
    <message>
        <source>The account&apos;s region</source>
        <translation>Wilayah akun</translation>
    </message>
    <message>
        <source>The account&apos;s country</source>
        <translation>Negara akun</translation>
    </message>
    <message>
        <source>The account&apos;s tax id</source>
        <translation>Nomor pajak akun</translation>
    </message>
    <message>
        <source>The account&apos;s email address</source>
        <translation>Alamat email akun</translation>
    </message>
    <message>
        <source>The account&apos;s phone number</source>
        <translation>Nomor telepon akun</translation>
    </message>
    <message>
        <source>The account&apos;s notes</source>
        <translation>Catatan akun</translation>
    </message>
    <message>
        <source>A tag</source>
        <translation>Sebuah tag</translation>
    </message>
    <message>
        <source>The conversion date of “%1”: %2.</source>
        <translation>Tanggal konversi “%1”: %2.</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>mata uang</translation>
    </message>
    <message>
        <source>The currency of “%1” is “%2”, not an ISO 4217 code such as IDR or USD.</source>
        <translation>Mata uang “%1” adalah “%2”, bukan kode ISO 4217 seperti IDR atau USD.</translation>
    </message>
</context>
<context>
    <name>cd::AccountService</name>
    <message>
        <source>“%1” looks like “%2”, an account you have already (%3).</source>
        <translation>“%1” tampak sama dengan “%2”, akun yang sudah Anda miliki (%3).</translation>
    </message>
</context>
<context>
    <name>cd::AgingModel</name>
    <message>
        <source>Total in %1</source>
        <translation>Total dalam %1</translation>
    </message>
    <message>
        <source>Double-click to list what %1 owes.</source>
        <translation>Klik dua kali untuk melihat daftar tagihan %1.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>Belum jatuh tempo</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 hari</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 hari</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 hari</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Lebih dari 90 hari</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Terutang</translation>
    </message>
</context>
<context>
    <name>cd::AnalyticsView</name>
    <message>
        <source>Last 12 months</source>
        <translation>12 bulan terakhir</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Tahun lalu</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Kuartal ini</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Kuartal lalu</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Sepanjang waktu</translation>
    </message>
    <message>
        <source>Custom months</source>
        <translation>Rentang bulan kustom</translation>
    </message>
    <message>
        <source>The first month</source>
        <translation>Bulan pertama</translation>
    </message>
    <message>
        <source>The last month</source>
        <translation>Bulan terakhir</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Per bulan</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Per kuartal</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Per tahun</translation>
    </message>
    <message>
        <source>Stacked bars</source>
        <translation>Batang bertumpuk</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Garis</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Semua segmen</translation>
    </message>
    <message>
        <source>Split by %1</source>
        <translation>Rinci per %1</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Manajer:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segmen:</translation>
    </message>
    <message>
        <source>Revenue by customer type</source>
        <translation>Pendapatan per jenis akun</translation>
    </message>
    <message>
        <source>Share of revenue by type</source>
        <translation>Pangsa pendapatan per jenis</translation>
    </message>
    <message>
        <source>Paying accounts and revenue per account</source>
        <translation>Akun yang membayar dan pendapatan per akun</translation>
    </message>
    <message>
        <source>Customer revenue by behaviour</source>
        <translation>Pendapatan pelanggan per perilaku</translation>
    </message>
    <message>
        <source>Revenue by segment</source>
        <translation>Pendapatan per segmen</translation>
    </message>
    <message>
        <source>Concentration: the largest accounts</source>
        <translation>Konsentrasi: akun terbesar</translation>
    </message>
    <message>
        <source>Sales cycle by type</source>
        <translation>Siklus penjualan per jenis</translation>
    </message>
    <message>
        <source>Pipeline funnel</source>
        <translation>Corong pipeline</translation>
    </message>
    <message>
        <source>Outlook: recurring revenue and renewals due</source>
        <translation>Proyeksi: pendapatan berulang dan perpanjangan yang jatuh tempo</translation>
    </message>
    <message>
        <source>Reading revenue…</source>
        <translation>Membaca pendapatan…</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>Semua manajer</translation>
    </message>
    <message>
        <source>The period ends in %1, before it starts in %2. Choose a last month on or after the first.</source>
        <translation>Periode berakhir pada %1, sebelum dimulai pada %2. Pilih bulan terakhir yang sama dengan atau setelah bulan pertama.</translation>
    </message>
    <message>
        <source>No chart for a period that ends before it starts.</source>
        <translation>Tidak ada grafik untuk periode yang berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <source>The revenue could not be read: %1</source>
        <translation>Pendapatan tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Tidak ada basis data yang terbuka.</translation>
    </message>
    <message>
        <source>No revenue has been recorded yet. Record sales or import revenue and the charts appear here.</source>
        <translation>Belum ada pendapatan yang tercatat. Catat penjualan atau impor pendapatan, dan grafik akan muncul di sini.</translation>
    </message>
    <message>
        <source>No revenue yet.</source>
        <translation>Belum ada pendapatan.</translation>
    </message>
    <message>
        <source>%1 to %2, in %3.</source>
        <translation>%1 sampai %2, dalam %3.</translation>
    </message>
    <message>
        <source>All revenue, %1 to %2, in %3.</source>
        <translation>Semua pendapatan, %1 sampai %2, dalam %3.</translation>
    </message>
    <message>
        <source>The revenue could not be read again (%1); the charts show the figures read before.</source>
        <translation>Pendapatan tidak dapat dibaca ulang (%1); grafik menampilkan angka yang dibaca sebelumnya.</translation>
    </message>
    <message>
        <source>Utilisation by week</source>
        <translation>Utilisasi per minggu</translation>
    </message>
    <message>
        <source>Utilisation by month</source>
        <translation>Utilisasi per bulan</translation>
    </message>
    <message>
        <source>What an hour earns: clients vs customers</source>
        <translation>Pendapatan per jam: klien vs pelanggan</translation>
    </message>
    <message>
        <source>What an hour earns by account</source>
        <translation>Pendapatan per jam menurut akun</translation>
    </message>
    <message>
        <source>Utilisation by person</source>
        <translation>Utilisasi per orang</translation>
    </message>
    <message>
        <source>Monthly recurring revenue and its movements</source>
        <translation>Pendapatan berulang bulanan (MRR) dan pergerakannya</translation>
    </message>
    <message>
        <source>Billed vs collected</source>
        <translation>Ditagih vs tertagih</translation>
    </message>
    <message>
        <source>Days sales outstanding</source>
        <translation>Hari piutang beredar (DSO)</translation>
    </message>
    <message>
        <source>Reading the hours…</source>
        <translation>Membaca jam tercatat…</translation>
    </message>
    <message>
        <source>Reading the invoices…</source>
        <translation>Membaca faktur…</translation>
    </message>
    <message>
        <source>Contracts and invoices are not split by product category: choose all segments or another segment.</source>
        <translation>Kontrak dan faktur tidak dirinci per kategori produk: pilih semua segmen atau segmen lain.</translation>
    </message>
</context>
<context>
    <name>cd::AuditLog</name>
    <message>
        <source>An audit entry needs the kind of record it is about.</source>
        <translation>Entri audit memerlukan jenis catatan yang menjadi subjeknya.</translation>
    </message>
    <message>
        <source>“%1” is not an audit action; use one of %2.</source>
        <translation>“%1” bukan tindakan audit; gunakan salah satu dari %2.</translation>
    </message>
    <message>
        <source>Writing the audit log failed</source>
        <translation>Gagal menulis log audit</translation>
    </message>
    <message>
        <source>Reading the audit log failed</source>
        <translation>Gagal membaca log audit</translation>
    </message>
    <message>
        <source>The last change was by %1 on %2.</source>
        <translation>Perubahan terakhir dilakukan oleh %1 pada %2.</translation>
    </message>
</context>
<context>
    <name>cd::AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>Log Audit</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Semua catatan</translation>
    </message>
    <message>
        <source>Name, user or change</source>
        <translation>Nama, pengguna, atau perubahan</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>C&amp;ari:</translation>
    </message>
    <message>
        <source>No changes are recorded yet.</source>
        <translation>Belum ada perubahan yang tercatat.</translation>
    </message>
    <message>
        <source>%1 of %2 changes match.</source>
        <translation>%1 dari %2 perubahan cocok.</translation>
    </message>
    <message>
        <source>One change.</source>
        <translation>Satu perubahan.</translation>
    </message>
    <message>
        <source>%1 changes, newest first.</source>
        <translation>%1 perubahan, terbaru lebih dulu.</translation>
    </message>
    <message>
        <source>Only the newest %1 are read; choose a kind of record to go further back.</source>
        <translation>Hanya %1 yang terbaru yang dibaca; pilih jenis catatan untuk melihat lebih jauh ke belakang.</translation>
    </message>
</context>
<context>
    <name>cd::AuditLogModel</name>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Peluang</translation>
    </message>
    <message>
        <source>Revenue entry</source>
        <translation>Entri pendapatan</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>Item layanan</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Permintaan layanan</translation>
    </message>
    <message>
        <source>Customer segment</source>
        <translation>Segmen pelanggan</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Sample portfolio</source>
        <translation>Portofolio contoh</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Digabung</translation>
    </message>
    <message>
        <source>Converted to client</source>
        <translation>Diubah menjadi klien</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Dibuat otomatis</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaksi</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
</context>
<context>
    <name>cd::Backup</name>
    <message>
        <source>the copy cannot be opened</source>
        <translation>salinan tidak dapat dibuka</translation>
    </message>
    <message>
        <source>the copy fails SQLite&apos;s integrity check</source>
        <translation>salinan tidak lolos pemeriksaan integritas SQLite</translation>
    </message>
    <message>
        <source>the copy holds no ClientDesk tables</source>
        <translation>salinan tidak berisi tabel ClientDesk</translation>
    </message>
    <message>
        <source>Backups of a PostgreSQL database are made on the server (pg_dump); ClientDesk copies SQLite files only.</source>
        <translation>Cadangan basis data PostgreSQL dibuat di server (pg_dump); ClientDesk hanya menyalin berkas SQLite.</translation>
    </message>
    <message>
        <source>Give the file the backup should be written to.</source>
        <translation>Tentukan berkas tujuan penulisan cadangan.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or delete it first.</source>
        <translation>%1 sudah ada; pilih nama lain atau hapus berkas itu terlebih dahulu.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database itself.</source>
        <translation>Cadangan tidak dapat ditulis menimpa basis data itu sendiri.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only; choose a folder you can write to.</source>
        <translation>Folder %1 hanya-baca; pilih folder yang dapat Anda tulisi.</translation>
    </message>
    <message>
        <source>Copying the database</source>
        <translation>Menyalin basis data</translation>
    </message>
    <message>
        <source>The backup was not kept: %1.</source>
        <translation>Cadangan tidak disimpan: %1.</translation>
    </message>
    <message>
        <source>The backup could not be renamed to %1.</source>
        <translation>Nama cadangan tidak dapat diubah menjadi %1.</translation>
    </message>
    <message>
        <source>The backup cannot be written in %1: %2.</source>
        <translation>Cadangan tidak dapat ditulis di %1: %2.</translation>
    </message>
</context>
<context>
    <name>cd::BatchReportDialog</name>
    <message>
        <source>Client Reports for a Manager</source>
        <translation>Laporan Klien untuk Manajer</translation>
    </message>
    <message>
        <source>All account managers</source>
        <translation>Semua manajer akun</translation>
    </message>
    <message>
        <source>Client reports</source>
        <translation>Laporan klien</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>Folder for the Reports</source>
        <translation>Folder untuk Laporan</translation>
    </message>
    <message>
        <source>Clients of:</source>
        <translation>Klien milik:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dari:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Sampai:</translation>
    </message>
    <message>
        <source>Into the folder:</source>
        <translation>Ke folder:</translation>
    </message>
    <message>
        <source>Write Reports</source>
        <translation>Tulis Laporan</translation>
    </message>
    <message>
        <source>Cancelling: the reports being written are finished first…</source>
        <translation>Membatalkan: laporan yang sedang ditulis diselesaikan terlebih dahulu…</translation>
    </message>
    <message>
        <source>Client reports written into %2: %1.</source>
        <translation>Laporan klien ditulis ke %2: %1.</translation>
    </message>
    <message>
        <source>Choose the folder for the reports.</source>
        <translation>Pilih folder untuk laporan.</translation>
    </message>
    <message>
        <source>%1 has no active clients: there is nothing to write.</source>
        <translation>%1 tidak memiliki klien aktif: tidak ada yang perlu ditulis.</translation>
    </message>
    <message>
        <source>Writing %1 client reports…</source>
        <translation>Menulis %1 laporan klien…</translation>
    </message>
</context>
<context>
    <name>cd::BehaviourRules</name>
    <message>
        <source>“New” days is %1; it must be from %2 to %3.</source>
        <translation>Jumlah hari untuk “baru” adalah %1; harus dari %2 sampai %3.</translation>
    </message>
    <message>
        <source>“Returning” purchases is %1; it must be from %2 to %3.</source>
        <translation>Jumlah pembelian untuk “kembali” adalah %1; harus dari %2 sampai %3.</translation>
    </message>
    <message>
        <source>The “loyal” window is %1 quarters; it must be from %2 to %3.</source>
        <translation>Rentang waktu “setia” adalah %1 kuartal; harus dari %2 sampai %3.</translation>
    </message>
    <message>
        <source>“Loyal” needs purchases in %1 quarters; it must be from %2 to %3, the quarters looked at.</source>
        <translation>“Setia” memerlukan pembelian dalam %1 kuartal; harus dari %2 sampai %3, yaitu jumlah kuartal yang ditinjau.</translation>
    </message>
    <message>
        <source>“Loyal” minimum days is %1; it must be from %2 to %3.</source>
        <translation>Minimum hari untuk “setia” adalah %1; harus dari %2 sampai %3.</translation>
    </message>
    <message>
        <source>The “promotion-driven” share is %1%; it must be from %2 to %3.</source>
        <translation>Pangsa untuk “pemburu promo” adalah %1%; harus dari %2 sampai %3.</translation>
    </message>
    <message>
        <source>“Promotion-driven” minimum purchases is %1; it must be from %2 to %3.</source>
        <translation>Minimum pembelian untuk “pemburu promo” adalah %1; harus dari %2 sampai %3.</translation>
    </message>
    <message>
        <source>“Advocate” referrals is %1; it must be from %2 to %3.</source>
        <translation>Jumlah rujukan untuk “pendukung” adalah %1; harus dari %2 sampai %3.</translation>
    </message>
    <message>
        <source>potential</source>
        <translation>potensial</translation>
    </message>
    <message>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <source>returning</source>
        <translation>kembali</translation>
    </message>
    <message>
        <source>loyal</source>
        <translation>setia</translation>
    </message>
    <message>
        <source>promotion-driven</source>
        <translation>pemburu promo</translation>
    </message>
    <message>
        <source>impulsive</source>
        <translation>impulsif</translation>
    </message>
    <message>
        <source>advocate</source>
        <translation>pendukung</translation>
    </message>
    <message>
        <source>A prospect with no purchase yet.</source>
        <translation>Prospek yang belum melakukan pembelian.</translation>
    </message>
    <message>
        <source>Accounts referred: %1.</source>
        <translation>Akun yang dirujuk: %1.</translation>
    </message>
    <message>
        <source>First purchase on %1, within the last %2 days.</source>
        <translation>Pembelian pertama pada %1, dalam %2 hari terakhir.</translation>
    </message>
    <message>
        <source>%1 purchases since %2.</source>
        <translation>%1 pembelian sejak %2.</translation>
    </message>
    <message>
        <source>Bought in %1 of the last %2 quarters.</source>
        <translation>Membeli dalam %1 dari %2 kuartal terakhir.</translation>
    </message>
    <message>
        <source>%1 of %2 purchases discounted or on promotion.</source>
        <translation>%1 dari %2 pembelian mendapat diskon atau promo.</translation>
    </message>
    <message>
        <source>One purchase, on %1, with no contact before it.</source>
        <translation>Satu pembelian, pada %1, tanpa kontak sebelumnya.</translation>
    </message>
</context>
<context>
    <name>cd::BillPeriodDialog</name>
    <message>
        <source>Retainer</source>
        <translation>Retainer</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Overage</source>
        <translation>Kelebihan jam</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Bill Period</source>
        <translation>Tagih Periode</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Date the invoices &amp;on:</source>
        <translation>Tanggal &amp;faktur:</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Tanggal faktur</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Bulan:</translation>
    </message>
    <message>
        <source>&amp;Propose Drafts</source>
        <translation>&amp;Usulkan Draf</translation>
    </message>
    <message>
        <source>Proposes one draft per contract with something to bill in the month: a retainer&apos;s fee, instalments and milestones due, billable hours not invoiced yet and overage. Nothing is stored until you review the drafts.</source>
        <translation>Mengusulkan satu draf per kontrak yang memiliki tagihan pada bulan tersebut: biaya retainer, termin dan milestone yang jatuh tempo, jam yang dapat ditagih dan belum difakturkan, serta kelebihan jam. Tidak ada yang disimpan sampai Anda meninjau draf tersebut.</translation>
    </message>
    <message>
        <source>The invoices are dated %1; hours logged up to that day are billed.</source>
        <translation>Faktur bertanggal %1; jam yang dicatat sampai hari itu ditagihkan.</translation>
    </message>
    <message>
        <source>The invoices are dated %1, the month&apos;s last day, so that their revenue falls in the month the work was done.</source>
        <translation>Faktur bertanggal %1, hari terakhir bulan itu, agar pendapatannya masuk ke bulan saat pekerjaan dilakukan.</translation>
    </message>
    <message>
        <source>Proposed drafts</source>
        <translation>Draf yang diusulkan</translation>
    </message>
    <message>
        <source>Client / line</source>
        <translation>Klien / baris</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Create Drafts</source>
        <translation>Buat &amp;Draf</translation>
    </message>
    <message>
        <source>Store the checked drafts: review, print or issue them later</source>
        <translation>Simpan draf yang dicentang: tinjau, cetak, atau terbitkan nanti</translation>
    </message>
    <message>
        <source>Create and &amp;Issue…</source>
        <translation>Buat dan &amp;Terbitkan…</translation>
    </message>
    <message>
        <source>Store the checked drafts and issue them at once: they get their numbers and their revenue is booked</source>
        <translation>Simpan draf yang dicentang dan langsung terbitkan: draf mendapat nomor dan pendapatannya dibukukan</translation>
    </message>
    <message>
        <source>Uncheck a draft or a line to leave it out; double-click a line&apos;s description or amount to change it.</source>
        <translation>Hapus centang draf atau baris untuk mengecualikannya; klik dua kali uraian atau jumlah suatu baris untuk mengubahnya.</translation>
    </message>
    <message>
        <source>Working out what %1 bills…</source>
        <translation>Menghitung tagihan %1…</translation>
    </message>
    <message>
        <source>Not proposed:</source>
        <translation>Tidak diusulkan:</translation>
    </message>
    <message>
        <source>%1, “%2”: %3</source>
        <translation>%1, “%2”: %3</translation>
    </message>
    <message>
        <source>Nothing to bill for %1: every retainer, instalment and hour of the month is billed already, or no contract has any.</source>
        <translation>Tidak ada yang perlu ditagih untuk %1: setiap retainer, termin, dan jam pada bulan itu sudah ditagih, atau tidak ada kontrak yang memilikinya.</translation>
    </message>
    <message>
        <source>No draft checked.</source>
        <translation>Tidak ada draf yang dicentang.</translation>
    </message>
    <message>
        <source>One draft, %1 with tax, dated %2.</source>
        <translation>Satu draf, %1 termasuk pajak, bertanggal %2.</translation>
    </message>
    <message>
        <source>%1 drafts, %2 with tax, dated %3.</source>
        <translation>%1 draf, %2 termasuk pajak, bertanggal %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save the Invoices as PDFs</source>
        <translation>Simpan Faktur sebagai PDF</translation>
    </message>
    <message>
        <source>%1 invoices were issued. Save them as PDFs into a folder?</source>
        <translation>%1 faktur telah diterbitkan. Simpan sebagai PDF ke sebuah folder?</translation>
    </message>
    <message>
        <source>Creating and issuing the invoices…</source>
        <translation>Membuat dan menerbitkan faktur…</translation>
    </message>
    <message>
        <source>Creating the drafts…</source>
        <translation>Membuat draf…</translation>
    </message>
</context>
<context>
    <name>cd::BillingAnalytics</name>
    <message>
        <source>Reading the contracts</source>
        <translation>Membaca daftar kontrak</translation>
    </message>
    <message>
        <source>Reading the invoices</source>
        <translation>Membaca daftar faktur</translation>
    </message>
    <message>
        <source>Reading the payments</source>
        <translation>Membaca daftar pembayaran</translation>
    </message>
</context>
<context>
    <name>cd::BillingCharts</name>
    <message>
        <source>%1 left out for want of an exchange rate.</source>
        <translation>%1 tidak disertakan karena tidak ada kurs.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Ekspansi</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Kontraksi</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <source>Rate changes</source>
        <translation>Perubahan kurs</translation>
    </message>
    <message>
        <source>Monthly recurring revenue: the monthly value of every contract running at the month&apos;s end (a retainer&apos;s fee; a fixed fee or an hourly estimate spread over its term), in %1. Movements compare each account with the month before: new (from nothing), expansion, contraction, churned (to nothing); rate changes: what the exchange rates alone moved.</source>
        <translation>Pendapatan berulang bulanan (MRR): nilai bulanan setiap kontrak yang berjalan pada akhir bulan (biaya retainer; biaya tetap atau estimasi per jam yang dibagi rata sepanjang masa berlakunya), dalam %1. Pergerakan membandingkan setiap akun dengan bulan sebelumnya: baru (dari nol), ekspansi, kontraksi, berhenti (menjadi nol); perubahan kurs: perubahan yang semata-mata disebabkan oleh kurs.</translation>
    </message>
    <message>
        <source>Contract months: %1</source>
        <translation>Bulan kontrak: %1</translation>
    </message>
    <message>
        <source>No contract runs in this period. Signed contracts show here.</source>
        <translation>Tidak ada kontrak yang berjalan dalam periode ini. Kontrak yang ditandatangani ditampilkan di sini.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Ditagih</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Tertagih</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Billed: the totals (tax included) of the invoices dated in the month, less credit notes; collected: the payments received in it; in %1, each at the rate of its day.</source>
        <translation>Ditagih: total (termasuk pajak) faktur yang bertanggal dalam bulan itu, dikurangi nota kredit; tertagih: pembayaran yang diterima dalam bulan itu; dalam %1, masing-masing dengan kurs pada harinya.</translation>
    </message>
    <message>
        <source>Invoices and payments: %1</source>
        <translation>Faktur dan pembayaran: %1</translation>
    </message>
    <message>
        <source>Nothing billed or collected in this period. Issued invoices and payments show here.</source>
        <translation>Tidak ada yang ditagih atau tertagih dalam periode ini. Faktur yang diterbitkan dan pembayaran ditampilkan di sini.</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Diukur pada</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Piutang</translation>
    </message>
    <message>
        <source>Billed in 90 days</source>
        <translation>Ditagih dalam 90 hari</translation>
    </message>
    <message>
        <source>DSO (days)</source>
        <translation>DSO (hari)</translation>
    </message>
    <message>
        <source>Days sales outstanding = receivables at the month&apos;s end ÷ billed in the 90 days up to it × 90 (this month: up to today). Receivables: issued invoices less their payments; in %1.</source>
        <translation>Hari piutang beredar (DSO) = piutang pada akhir bulan ÷ jumlah yang ditagih dalam 90 hari hingga akhir bulan itu × 90 (bulan ini: hingga hari ini). Piutang: faktur yang diterbitkan dikurangi pembayarannya; dalam %1.</translation>
    </message>
    <message>
        <source>Nothing billed in this period. Issued invoices show here.</source>
        <translation>Tidak ada yang ditagih dalam periode ini. Faktur yang diterbitkan ditampilkan di sini.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Hari</translation>
    </message>
</context>
<context>
    <name>cd::BillingRules</name>
    <message>
        <source>The period “%1” is not a month such as 2026-03.</source>
        <translation>Periode “%1” bukan bulan seperti 2026-03.</translation>
    </message>
    <message>
        <source>%1 has not ended yet: bill it with a date, today or earlier.</source>
        <translation>%1 belum berakhir: tagih dengan tanggal hari ini atau sebelumnya.</translation>
    </message>
    <message>
        <source>The invoice date is not a valid date.</source>
        <translation>Tanggal faktur bukan tanggal yang valid.</translation>
    </message>
    <message>
        <source>The invoice date %1 is in the future: bill with today&apos;s date or an earlier one.</source>
        <translation>Tanggal faktur %1 ada di masa depan: tagih dengan tanggal hari ini atau sebelumnya.</translation>
    </message>
    <message>
        <source>The invoice date %1 is before %2, the month billed.</source>
        <translation>Tanggal faktur %1 lebih awal daripada %2, bulan yang ditagih.</translation>
    </message>
    <message>
        <source>Retainer %1</source>
        <translation>Retainer %1</translation>
    </message>
    <message>
        <source>Retainer %1 (%2 of %3 days, %4 to %5)</source>
        <translation>Retainer %1 (%2 dari %3 hari, %4 sampai %5)</translation>
    </message>
    <message>
        <source>Overage %1: %2 hours above the included hours</source>
        <translation>Kelebihan jam %1: %2 jam di atas jam yang termasuk</translation>
    </message>
    <message>
        <source>Hours of %1, %2</source>
        <translation>Jam %1, %2</translation>
    </message>
    <message>
        <source>Hours of %1, %2 to %3</source>
        <translation>Jam %1, %2 sampai %3</translation>
    </message>
</context>
<context>
    <name>cd::BillingRunService</name>
    <message>
        <source>%1: its term ended on %2 but it is still active; renew it or mark it expired (its retainer is not billed).</source>
        <translation>%1: masa berlakunya berakhir pada %2 tetapi masih aktif; perpanjang atau tandai kedaluwarsa (retainernya tidak ditagih).</translation>
    </message>
    <message numerus="yes">
        <source>%1: terminated on %2; its instalments due after it are not billed (instalments: %n).</source>
        <translation>
            <numerusform>%1: diakhiri pada %2; termin yang jatuh tempo setelahnya tidak ditagih (termin: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 hours over its included hours in %3 are not billed: it has no overage rate.</source>
        <translation>%1: %2 jam di atas jam yang termasuk pada %3 tidak ditagih: kontrak ini tidak memiliki tarif kelebihan jam.</translation>
    </message>
    <message numerus="yes">
        <source>%1: terminated on %2; the time logged after it is not billed (entries: %n).</source>
        <translation>
            <numerusform>%1: diakhiri pada %2; waktu yang dicatat setelahnya tidak ditagih (catatan: %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: time not in the contract&apos;s currency %2 is not billed (entries: %n).</source>
        <translation>
            <numerusform>%1: waktu yang tidak dalam mata uang kontrak %2 tidak ditagih (catatan: %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: billable time without a rate is not billed (entries: %n).</source>
        <translation>
            <numerusform>%1: waktu yang dapat ditagih tanpa tarif tidak ditagih (catatan: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was terminated on %2: it is not billed for %3.</source>
        <translation>%1 diakhiri pada %2: tidak ditagih untuk %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The contract is not signed or starts after %1: it has nothing to bill.</source>
        <translation>Kontrak belum ditandatangani atau mulai setelah %1: tidak ada yang perlu ditagih.</translation>
    </message>
    <message>
        <source>Reading the contracts to bill</source>
        <translation>Membaca kontrak yang akan ditagih</translation>
    </message>
    <message>
        <source>Reading the instalments to bill</source>
        <translation>Membaca termin yang akan ditagih</translation>
    </message>
    <message>
        <source>Reading the hours to bill</source>
        <translation>Membaca jam yang akan ditagih</translation>
    </message>
    <message>
        <source>Reading what is billed already</source>
        <translation>Membaca apa yang sudah ditagih</translation>
    </message>
    <message>
        <source>Reading the retainers&apos; hours</source>
        <translation>Membaca jam retainer</translation>
    </message>
</context>
<context>
    <name>cd::BillingSettings</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 takes the days from an invoice&apos;s date to its due date, 0 to 365, not “%2”.</source>
        <translation>%1 memerlukan jumlah hari dari tanggal faktur sampai jatuh temponya, 0 sampai 365, bukan “%2”.</translation>
    </message>
    <message>
        <source>%1 takes a percentage from 0 to 100 with at most two decimals, such as 11, not “%2”.</source>
        <translation>%1 memerlukan persentase dari 0 sampai 100 dengan paling banyak dua desimal, misalnya 11, bukan “%2”.</translation>
    </message>
    <message>
        <source>%1 takes true or false, not “%2”.</source>
        <translation>%1 bernilai true atau false, bukan “%2”.</translation>
    </message>
    <message>
        <source>%1 takes the tax&apos;s name on invoices, 1 to 20 characters, such as PPN.</source>
        <translation>%1 memerlukan nama pajak pada faktur, 1 sampai 20 karakter, misalnya PPN.</translation>
    </message>
</context>
<context>
    <name>cd::BillingSettingsPage</name>
    <message>
        <source>Numbers: {yyyy} or {yy} is the year of the document&apos;s date, and one run of zeros in braces its number in that year ({00000}: at least five digits). Invoices and credit notes are numbered without gaps when they are issued; a contract&apos;s reference is proposed and can be changed.</source>
        <translation>Nomor: {yyyy} atau {yy} adalah tahun dari tanggal dokumen, dan satu deret nol di dalam kurung kurawal adalah nomornya dalam tahun itu ({00000}: minimal lima digit). Faktur dan nota kredit diberi nomor tanpa celah saat diterbitkan; referensi kontrak diusulkan dan dapat diubah.</translation>
    </message>
    <message>
        <source>In&amp;voice numbers:</source>
        <translation>Nomor &amp;faktur:</translation>
    </message>
    <message>
        <source>Cre&amp;dit note numbers:</source>
        <translation>Nomor &amp;nota kredit:</translation>
    </message>
    <message>
        <source>C&amp;ontract references:</source>
        <translation>&amp;Referensi kontrak:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>&amp;Payment terms:</source>
        <translation>Jangka &amp;waktu pembayaran:</translation>
    </message>
    <message>
        <source>From an invoice&apos;s date to its due date, unless its contract says otherwise.</source>
        <translation>Dari tanggal faktur sampai jatuh temponya, kecuali kontraknya menyatakan lain.</translation>
    </message>
    <message>
        <source>Tax&apos;s na&amp;me:</source>
        <translation>Na&amp;ma pajak:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Tax r&amp;ate:</source>
        <translation>T&amp;arif pajak:</translation>
    </message>
    <message>
        <source>Prices and fees include the ta&amp;x</source>
        <translation>Harga dan biaya sudah termasuk pa&amp;jak</translation>
    </message>
    <message>
        <source>Every invoice line has this tax unless it is marked “no tax”. Changes apply to invoices made from now on; issued ones keep theirs.</source>
        <translation>Setiap baris faktur dikenai pajak ini kecuali ditandai “tanpa pajak”. Perubahan berlaku untuk faktur yang dibuat mulai sekarang; faktur yang sudah diterbitkan tetap memakai pajaknya.</translation>
    </message>
    <message>
        <source>Only a manager changes the billing settings.</source>
        <translation>Hanya manajer yang dapat mengubah pengaturan penagihan.</translation>
    </message>
    <message>
        <source>For example %1, then %2.</source>
        <translation>Misalnya %1, lalu %2.</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Nomor faktur</translation>
    </message>
    <message>
        <source>Credit note numbers</source>
        <translation>Nomor nota kredit</translation>
    </message>
    <message>
        <source>Contract references</source>
        <translation>Referensi kontrak</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The tax needs a name for invoices, such as PPN.</source>
        <translation>Pajak memerlukan nama untuk faktur, misalnya PPN.</translation>
    </message>
</context>
<context>
    <name>cd::BillingTexts</name>
    <message>
        <source>this draft</source>
        <translation>draf ini</translation>
    </message>
    <message>
        <source>the draft for %1</source>
        <translation>draf untuk %1</translation>
    </message>
    <message>
        <source>Issue Invoice</source>
        <translation>Terbitkan Faktur</translation>
    </message>
    <message>
        <source>Issue %1 for %2? It gets its number and cannot be changed afterwards.</source>
        <translation>Terbitkan %1 untuk %2? Faktur akan mendapat nomor dan tidak dapat diubah setelahnya.</translation>
    </message>
    <message>
        <source>Issue Invoices</source>
        <translation>Terbitkan Faktur</translation>
    </message>
    <message>
        <source>Issue %1 invoices, %2 in all? They get their numbers and cannot be changed afterwards.</source>
        <translation>Terbitkan %1 faktur, total %2? Faktur akan mendapat nomor dan tidak dapat diubah setelahnya.</translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <translation>Hapus Draf</translation>
    </message>
    <message>
        <source>Delete this draft of %1? What it bills can be billed again.</source>
        <translation>Hapus draf %1 ini? Apa yang ditagihkannya dapat ditagih lagi.</translation>
    </message>
    <message>
        <source>Void Invoice</source>
        <translation>Batalkan Faktur</translation>
    </message>
</context>
<context>
    <name>cd::BulkWriter</name>
    <message>
        <source>Preparing to write</source>
        <translation>Menyiapkan penulisan</translation>
    </message>
    <message>
        <source>Preparing to write failed: %1</source>
        <translation>Gagal menyiapkan penulisan: %1</translation>
    </message>
    <message>
        <source>Writing a revenue entry of account %1 failed: %2</source>
        <translation>Gagal menulis entri pendapatan akun %1: %2</translation>
    </message>
    <message>
        <source>Writing the user %1</source>
        <translation>Menulis pengguna %1</translation>
    </message>
    <message>
        <source>Writing the product %1</source>
        <translation>Menulis produk %1</translation>
    </message>
    <message>
        <source>Writing the account %1</source>
        <translation>Menulis akun %1</translation>
    </message>
    <message>
        <source>Writing a tag of account %1</source>
        <translation>Menulis tag akun %1</translation>
    </message>
    <message>
        <source>Writing the contact %1</source>
        <translation>Menulis kontak %1</translation>
    </message>
    <message>
        <source>Writing the roles of %1</source>
        <translation>Menulis peran %1</translation>
    </message>
    <message>
        <source>Writing the contract %1</source>
        <translation>Menulis kontrak %1</translation>
    </message>
    <message>
        <source>Writing the service item %1</source>
        <translation>Menulis item layanan %1</translation>
    </message>
    <message>
        <source>Writing the service request %1</source>
        <translation>Menulis permintaan layanan %1</translation>
    </message>
    <message>
        <source>Writing the opportunity %1</source>
        <translation>Menulis peluang %1</translation>
    </message>
    <message>
        <source>Writing the stages of %1</source>
        <translation>Menulis tahap %1</translation>
    </message>
    <message>
        <source>Writing a interaction of account %1</source>
        <translation>Menulis interaksi akun %1</translation>
    </message>
    <message>
        <source>Writing a revenue entry of account %1</source>
        <translation>Menulis entri pendapatan akun %1</translation>
    </message>
    <message>
        <source>Writing the setting %1</source>
        <translation>Menulis pengaturan %1</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n revenue entries</source>
        <translation>
            <numerusform>Menulis %n entri pendapatan</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing a time entry of account %1 failed: %2</source>
        <translation>Gagal menulis catatan waktu akun %1: %2</translation>
    </message>
    <message>
        <source>Writing a time entry of account %1</source>
        <translation>Menulis catatan waktu akun %1</translation>
    </message>
    <message>
        <source>Reading the hours to bill</source>
        <translation>Membaca jam yang akan ditagih</translation>
    </message>
    <message>
        <source>Preparing to write the invoices</source>
        <translation>Menyiapkan penulisan faktur</translation>
    </message>
    <message>
        <source>Writing an instalment of contract %1</source>
        <translation>Menulis termin kontrak %1</translation>
    </message>
    <message>
        <source>Writing the invoice %1</source>
        <translation>Menulis faktur %1</translation>
    </message>
    <message>
        <source>Writing a line of invoice %1</source>
        <translation>Menulis baris faktur %1</translation>
    </message>
    <message>
        <source>Writing a payment of account %1</source>
        <translation>Menulis pembayaran akun %1</translation>
    </message>
    <message>
        <source>Writing the invoice numbering</source>
        <translation>Menulis penomoran faktur</translation>
    </message>
    <message>
        <source>Marking the invoiced hours</source>
        <translation>Menandai jam yang sudah difakturkan</translation>
    </message>
    <message>
        <source>Restoring the invoice line checks</source>
        <translation>Memulihkan pemeriksaan baris faktur</translation>
    </message>
</context>
<context>
    <name>cd::BusinessCharts</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Median days to win</source>
        <translation>Median hari hingga menang</translation>
    </message>
    <message>
        <source>Middle half, days</source>
        <translation>Separuh tengah, hari</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Menang</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Kalah</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tingkat kemenangan</translation>
    </message>
    <message>
        <source>No opportunity has been won yet.</source>
        <translation>Belum ada peluang yang dimenangkan.</translation>
    </message>
    <message>
        <source>Lower quartile</source>
        <translation>Kuartil bawah</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Upper quartile</source>
        <translation>Kuartil atas</translation>
    </message>
    <message>
        <source>%1, %2: %3 days</source>
        <translation>%1, %2: %3 hari</translation>
    </message>
    <message>
        <source>Days from first contact to won</source>
        <translation>Hari dari kontak pertama hingga dimenangkan</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Peluang terbuka</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Tertimbang</translation>
    </message>
    <message>
        <source>No open opportunities.</source>
        <translation>Tidak ada peluang terbuka.</translation>
    </message>
    <message>
        <source>Open deals: %1 · stale: %2</source>
        <translation>Peluang terbuka: %1 · mandek: %2</translation>
    </message>
    <message>
        <source>%1: %2 deals, %3 (weighted %4)</source>
        <translation>%1: %2 peluang, %3 (tertimbang %4)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Recurring revenue</source>
        <translation>Pendapatan berulang</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Renewals due</source>
        <translation>Perpanjangan jatuh tempo</translation>
    </message>
    <message>
        <source>Of which renew by themselves</source>
        <translation>Di antaranya diperpanjang otomatis</translation>
    </message>
    <message>
        <source>Monthly revenue up for renewal</source>
        <translation>Pendapatan bulanan yang akan diperpanjang</translation>
    </message>
    <message>
        <source>No active contracts.</source>
        <translation>Tidak ada kontrak aktif.</translation>
    </message>
    <message>
        <source>Recurring revenue from active contracts</source>
        <translation>Pendapatan berulang dari kontrak aktif</translation>
    </message>
    <message>
        <source>%1: %2 from %3 contracts; %4 renewals due</source>
        <translation>%1: %2 dari %3 kontrak; %4 perpanjangan jatuh tempo</translation>
    </message>
</context>
<context>
    <name>cd::CalendarQuery</name>
    <message>
        <source>Reading the contracts&apos; deadlines failed</source>
        <translation>Gagal membaca tenggat kontrak</translation>
    </message>
    <message>
        <source>Reading the follow-ups failed</source>
        <translation>Gagal membaca tindak lanjut</translation>
    </message>
    <message>
        <source>Reading the service requests&apos; due times failed</source>
        <translation>Gagal membaca batas waktu permintaan layanan</translation>
    </message>
</context>
<context>
    <name>cd::CalendarService</name>
    <message>
        <source>Notice deadline</source>
        <translation>Batas pemberitahuan</translation>
    </message>
    <message>
        <source>Notice deadline: %1, %2</source>
        <translation>Batas pemberitahuan: %1, %2</translation>
    </message>
    <message>
        <source>The last day to give notice on %1 of %2: without notice it renews itself on %3.</source>
        <translation>Hari terakhir untuk memberi pemberitahuan atas %1 milik %2: tanpa pemberitahuan, kontrak diperpanjang otomatis pada %3.</translation>
    </message>
    <message>
        <source>The last day to give notice on %1 of %2, which ends on %3: agree a renewal or a new contract with the client.</source>
        <translation>Hari terakhir untuk memberi pemberitahuan atas %1 milik %2, yang berakhir pada %3: sepakati perpanjangan atau kontrak baru dengan klien.</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Perpanjangan</translation>
    </message>
    <message>
        <source>Renews: %1, %2</source>
        <translation>Diperpanjang: %1, %2</translation>
    </message>
    <message>
        <source>%1 of %2 renews itself for another term on %3.</source>
        <translation>%1 milik %2 diperpanjang otomatis untuk satu masa lagi pada %3.</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Akhir kontrak</translation>
    </message>
    <message>
        <source>Contract ends: %1, %2</source>
        <translation>Kontrak berakhir: %1, %2</translation>
    </message>
    <message>
        <source>%1 of %2 ends on %3: close it, or agree a renewal.</source>
        <translation>%1 milik %2 berakhir pada %3: tutup kontraknya, atau sepakati perpanjangan.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Follow-up: %1, “%2”</source>
        <translation>Tindak lanjut: %1, “%2”</translation>
    </message>
    <message>
        <source>Follow up with %1: “%2”.</source>
        <translation>Tindak lanjuti dengan %1: “%2”.</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Permintaan layanan</translation>
    </message>
    <message>
        <source>Request due: %1, “%2”</source>
        <translation>Batas permintaan: %1, “%2”</translation>
    </message>
    <message>
        <source>The service request “%1” of %2 is due by %3 %4 under its service level.</source>
        <translation>Permintaan layanan “%1” dari %2 harus ditangani paling lambat %3 %4 sesuai tingkat layanannya.</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>Terlewat: %1</translation>
    </message>
    <message>
        <source>It is still open.</source>
        <translation>Masih terbuka.</translation>
    </message>
    <message>
        <source>It was due on %1 and is still open.</source>
        <translation>Jatuh tempo pada %1 dan masih terbuka.</translation>
    </message>
    <message>
        <source>ClientDesk deadlines</source>
        <translation>Tenggat ClientDesk</translation>
    </message>
    <message>
        <source>ClientDesk deadlines: %1</source>
        <translation>Tenggat ClientDesk: %1</translation>
    </message>
</context>
<context>
    <name>cd::CatalogueDialog</name>
    <message>
        <source>Product Catalogue</source>
        <translation>Katalog Produk</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Harga daftar</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ditawarkan</translation>
    </message>
    <message>
        <source>&amp;New Product…</source>
        <translation>Produk &amp;Baru…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no, retired</source>
        <translation>tidak, dihentikan</translation>
    </message>
    <message>
        <source>The catalogue is empty. Add the standard products and services customers buy, with their categories and list prices.</source>
        <translation>Katalog masih kosong. Tambahkan produk dan layanan standar yang dibeli pelanggan, beserta kategori dan harga daftarnya.</translation>
    </message>
</context>
<context>
    <name>cd::ChartPanel</name>
    <message>
        <source>Numbers</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Show the numbers behind the chart</source>
        <translation>Tampilkan angka di balik grafik</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy the numbers to the clipboard</source>
        <translation>Salin angka ke papan klip</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Numbers as CSV…</source>
        <translation>Angka sebagai CSV…</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>Grafik sebagai PNG…</translation>
    </message>
    <message>
        <source>Chart as SVG…</source>
        <translation>Grafik sebagai SVG…</translation>
    </message>
    <message>
        <source>Double-click a row to list the revenue entries behind it.</source>
        <translation>Klik dua kali pada baris untuk menampilkan entri pendapatan di baliknya.</translation>
    </message>
    <message>
        <source>There is no chart to save for this filter.</source>
        <translation>Tidak ada grafik untuk disimpan dengan filter ini.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Gambar SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Ekspor %1</translation>
    </message>
</context>
<context>
    <name>cd::ChartStyle</name>
    <message>
        <source>T</source>
        <comment>trillion, compact</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>B</source>
        <comment>billion, compact</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>M</source>
        <comment>million, compact</comment>
        <translation>jt</translation>
    </message>
    <message>
        <source>K</source>
        <comment>thousand, compact</comment>
        <translation>rb</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>K%1 %2</translation>
    </message>
</context>
<context>
    <name>cd::ClientAgendaModel</name>
    <message>
        <source>%1: notice by %2 (%3).</source>
        <translation>%1: pemberitahuan paling lambat %2 (%3).</translation>
    </message>
    <message>
        <source>“%1”, due %2.</source>
        <translation>“%1”, jatuh tempo %2.</translation>
    </message>
    <message>
        <source>“%1”, due %2 %3.</source>
        <translation>“%1”, jatuh tempo %2 %3.</translation>
    </message>
    <message>
        <source>%1 of 100: %2</source>
        <translation>%1 dari 100: %2</translation>
    </message>
    <message>
        <source>%1&#xa0;%; %2 carried over from %3</source>
        <translation>%1&#xa0;%; %2 dibawa dari %3</translation>
    </message>
    <message>
        <source>%1&#xa0;%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1: %2 of %3 hours used this month (%4); at this pace they last until %5.</source>
        <translation>%1: %2 dari %3 jam terpakai bulan ini (%4); dengan laju ini, jam tersebut cukup hingga %5.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 hours used this month (%4); at this pace they run out by %5.</source>
        <translation>%1: %2 dari %3 jam terpakai bulan ini (%4); dengan laju ini, jam tersebut habis paling lambat %5.</translation>
    </message>
    <message>
        <source>%1 over, billable at %2 an hour</source>
        <translation>lebih %1, dapat ditagih dengan tarif %2 per jam</translation>
    </message>
    <message>
        <source>%1 over, and the contract sets no overage rate</source>
        <translation>lebih %1, dan kontrak tidak menetapkan tarif kelebihan jam</translation>
    </message>
    <message>
        <source>%1: %2 of %3 hours used this month (%4); %5. Tell the client.</source>
        <translation>%1: %2 dari %3 jam terpakai bulan ini (%4); %5. Beri tahu klien.</translation>
    </message>
    <message>
        <source>%1: %2 of the %3-hour budget used (%4&#xa0;%); at this pace it lasts until the contract ends on %5.</source>
        <translation>%1: %2 dari anggaran %3 jam terpakai (%4&#xa0;%); dengan laju ini, anggaran cukup hingga kontrak berakhir pada %5.</translation>
    </message>
    <message>
        <source>%1: %2 of the %3-hour budget used (%4&#xa0;%); at this pace it runs out by %5.</source>
        <translation>%1: %2 dari anggaran %3 jam terpakai (%4&#xa0;%); dengan laju ini, anggaran habis paling lambat %5.</translation>
    </message>
    <message>
        <source>%1: %2 of the %3-hour budget used (%4&#xa0;%), %5 over. Tell the client.</source>
        <translation>%1: %2 dari anggaran %3 jam terpakai (%4&#xa0;%), lebih %5. Beri tahu klien.</translation>
    </message>
    <message>
        <source>%1: %2 owed, 1 day overdue (due %3).</source>
        <translation>%1: terutang %2, lewat jatuh tempo 1 hari (jatuh tempo %3).</translation>
    </message>
    <message>
        <source>%1: %2 owed, %3 days overdue (due %4).</source>
        <translation>%1: terutang %2, lewat jatuh tempo %3 hari (jatuh tempo %4).</translation>
    </message>
    <message>
        <source>%1 renews %2; the notice was due by %3: missed.</source>
        <translation>%1 diperpanjang %2; pemberitahuan seharusnya paling lambat %3: terlewat.</translation>
    </message>
    <message>
        <source>%1 renews %2; notice by %3 (%4).</source>
        <translation>%1 diperpanjang %2; beri tahu paling lambat %3 (%4).</translation>
    </message>
    <message>
        <source>%1 ends %2; the notice was due by %3: missed.</source>
        <translation>%1 berakhir %2; pemberitahuan seharusnya paling lambat %3: terlewat.</translation>
    </message>
</context>
<context>
    <name>cd::ClientAgendaQuery</name>
    <message>
        <source>Reading the notice deadlines failed</source>
        <translation>Gagal membaca batas pemberitahuan</translation>
    </message>
    <message>
        <source>Reading the follow-ups failed</source>
        <translation>Gagal membaca tindak lanjut</translation>
    </message>
    <message>
        <source>Reading the overdue requests failed</source>
        <translation>Gagal membaca permintaan yang terlambat</translation>
    </message>
    <message>
        <source>Reading the hours of retainers and fixed fees failed</source>
        <translation>Gagal membaca jam kontrak retainer dan biaya tetap</translation>
    </message>
    <message>
        <source>Reading the overdue invoices failed</source>
        <translation>Gagal membaca faktur lewat jatuh tempo</translation>
    </message>
    <message>
        <source>Reading the account managers failed</source>
        <translation>Gagal membaca manajer akun</translation>
    </message>
</context>
<context>
    <name>cd::ClientHealth</name>
    <message>
        <source>No active contract.</source>
        <translation>Tidak ada kontrak aktif.</translation>
    </message>
    <message>
        <source>Never contacted.</source>
        <translation>Belum pernah dihubungi.</translation>
    </message>
    <message>
        <source>No contact for %1 days.</source>
        <translation>Tidak dihubungi selama %1 hari.</translation>
    </message>
    <message>
        <source>Open requests past the agreed response time: %1.</source>
        <translation>Permintaan terbuka yang melewati waktu respons yang disepakati: %1.</translation>
    </message>
    <message>
        <source>Requests answered late in the last 90 days: %1.</source>
        <translation>Permintaan yang dijawab terlambat dalam 90 hari terakhir: %1.</translation>
    </message>
    <message>
        <source>Notice deadline %1 in %2 days without a renewal decision.</source>
        <translation>Batas pemberitahuan %1 dalam %2 hari tanpa keputusan perpanjangan.</translation>
    </message>
    <message>
        <source>Revenue down %1% on the year before.</source>
        <translation>Pendapatan turun %1% dibanding tahun sebelumnya.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Perlu dipantau</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Berisiko</translation>
    </message>
    <message>
        <source>The health weight “%1” is %2; it must be from %3 to %4 points.</source>
        <translation>Bobot kesehatan “%1” bernilai %2; harus dari %3 sampai %4 poin.</translation>
    </message>
    <message>
        <source>Invoices past due: %1, the oldest by %2 days.</source>
        <translation>Faktur lewat jatuh tempo: %1, yang terlama lewat %2 hari.</translation>
    </message>
</context>
<context>
    <name>cd::ClientInvoices</name>
    <message>
        <source>New Invoice…</source>
        <translation>Faktur Baru…</translation>
    </message>
    <message>
        <source>Write an invoice for this client by hand: contract, lines</source>
        <translation>Tulis faktur untuk klien ini secara manual: kontrak, baris</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Buka…</translation>
    </message>
    <message>
        <source>Open the selected invoice (or double-click it)</source>
        <translation>Buka faktur yang dipilih (atau klik dua kali)</translation>
    </message>
    <message>
        <source>Record Payment…</source>
        <translation>Catat Pembayaran…</translation>
    </message>
    <message>
        <source>Record a payment of the selected invoice</source>
        <translation>Catat pembayaran untuk faktur yang dipilih</translation>
    </message>
    <message>
        <source>Print/PDF…</source>
        <translation>Cetak/PDF…</translation>
    </message>
    <message>
        <source>Reading invoices…</source>
        <translation>Membaca faktur…</translation>
    </message>
    <message>
        <source>This client has no invoices yet. New Invoice… writes one; Bill Period… in the Contracts area bills its contracts.</source>
        <translation>Klien ini belum memiliki faktur. Faktur Baru… menulis satu; Tagih Periode… di area Kontrak menagih kontraknya.</translation>
    </message>
    <message>
        <source>One invoice.</source>
        <translation>Satu faktur.</translation>
    </message>
    <message>
        <source>%1 invoices.</source>
        <translation>%1 faktur.</translation>
    </message>
    <message>
        <source>%1 Nothing owed.</source>
        <translation>%1 Tidak ada yang terutang.</translation>
    </message>
    <message>
        <source>%1 (all overdue)</source>
        <translation>%1 (semuanya lewat jatuh tempo)</translation>
    </message>
    <message>
        <source>%1 (%2 overdue)</source>
        <translation>%1 (%2 lewat jatuh tempo)</translation>
    </message>
    <message>
        <source>%1 Owed: %2.</source>
        <translation>%1 Terutang: %2.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktur</translation>
    </message>
</context>
<context>
    <name>cd::ClientListModel</name>
    <message>
        <source>There is no client with id %1.</source>
        <translation>Tidak ada klien dengan id %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 late)</source>
        <translation>%1 (%2 terlambat)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Score %1 of 100: nothing needs attention.</source>
        <translation>Skor %1 dari 100: tidak ada yang perlu diperhatikan.</translation>
    </message>
    <message>
        <source>Score %1 of 100:</source>
        <translation>Skor %1 dari 100:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industri</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Manajer akun</translation>
    </message>
    <message>
        <source>Active contracts</source>
        <translation>Kontrak aktif</translation>
    </message>
    <message>
        <source>Monthly recurring</source>
        <translation>Berulang bulanan</translation>
    </message>
    <message>
        <source>Annual value</source>
        <translation>Nilai tahunan</translation>
    </message>
    <message>
        <source>Next notice deadline</source>
        <translation>Batas pemberitahuan berikutnya</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Permintaan terbuka</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kesehatan</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Kontak terakhir</translation>
    </message>
    <message>
        <source>Reading the exchange rates failed</source>
        <translation>Gagal membaca kurs</translation>
    </message>
</context>
<context>
    <name>cd::ClientListQuery</name>
    <message>
        <source>Reading the clients failed</source>
        <translation>Gagal membaca klien</translation>
    </message>
    <message>
        <source>Reading the active contracts failed</source>
        <translation>Gagal membaca kontrak aktif</translation>
    </message>
    <message>
        <source>Reading the open service requests failed</source>
        <translation>Gagal membaca permintaan layanan yang terbuka</translation>
    </message>
    <message>
        <source>Reading the late service requests failed</source>
        <translation>Gagal membaca permintaan layanan yang terlambat</translation>
    </message>
    <message>
        <source>Reading the last contacts failed</source>
        <translation>Gagal membaca kontak terakhir</translation>
    </message>
    <message>
        <source>Reading the revenue of the clients failed</source>
        <translation>Gagal membaca pendapatan klien</translation>
    </message>
    <message>
        <source>Searching the clients failed</source>
        <translation>Gagal mencari klien</translation>
    </message>
    <message>
        <source>The revenue of client %1 adds up to more than ClientDesk can count exactly; run &apos;clientdesk check&apos; to find the amounts that are too large.</source>
        <translation>Total pendapatan klien %1 lebih dari yang dapat dihitung ClientDesk secara tepat; jalankan &apos;clientdesk check&apos; untuk menemukan jumlah yang terlalu besar.</translation>
    </message>
    <message>
        <source>Reading the overdue invoices failed</source>
        <translation>Gagal membaca faktur lewat jatuh tempo</translation>
    </message>
</context>
<context>
    <name>cd::ClientPage</name>
    <message>
        <source>%1 per month</source>
        <translation>%1 per bulan</translation>
    </message>
    <message>
        <source>%1 fixed</source>
        <translation>biaya tetap %1</translation>
    </message>
    <message>
        <source>%1 per hour, %2 h</source>
        <translation>%1 per jam, %2 jam</translation>
    </message>
    <message>
        <source>ClientDesk</source>
        <translation>ClientDesk</translation>
    </message>
    <message>
        <source>Terminate Contract %1</source>
        <translation>Akhiri Kontrak %1</translation>
    </message>
    <message>
        <source>e.g. The client moved the work in-house</source>
        <translation>mis. Klien mengalihkan pekerjaan ke tim internalnya</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Akhiri</translation>
    </message>
    <message>
        <source>Ends &amp;on:</source>
        <translation>Berakhir &amp;pada:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>The reason goes into the audit log.</source>
        <translation>Alasan dicatat di log audit.</translation>
    </message>
    <message>
        <source>← All clients</source>
        <translation>← Semua klien</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Jangka waktu</translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation>Batas pemberitahuan</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Perpanjangan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Tailored to the client</source>
        <translation>Disesuaikan untuk klien</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frekuensi</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Waktu respons</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsultan</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Tingkat layanan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>New Contract…</source>
        <translation>Kontrak Baru…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Tandatangani</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Perpanjang</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>Akhiri…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>New Service…</source>
        <translation>Layanan Baru…</translation>
    </message>
    <message>
        <source>Personalised service plan</source>
        <translation>Paket layanan yang dipersonalisasi</translation>
    </message>
    <message>
        <source>Close Request</source>
        <translation>Tutup Permintaan</translation>
    </message>
    <message>
        <source>New Request…</source>
        <translation>Permintaan Baru…</translation>
    </message>
    <message>
        <source>Requests, revisions and complaints</source>
        <translation>Permintaan, revisi, dan keluhan</translation>
    </message>
    <message>
        <source>Log Interaction…</source>
        <translation>Catat Interaksi…</translation>
    </message>
    <message>
        <source>Follow-up Done</source>
        <translation>Tindak Lanjut Selesai</translation>
    </message>
    <message>
        <source>Edit Profile…</source>
        <translation>Ubah Profil…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>New Contact…</source>
        <translation>Kontak Baru…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Peluang</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Undo Conversion…</source>
        <translation>Batalkan Konversi…</translation>
    </message>
    <message>
        <source>Make this client a customer again and delete the draft contract the conversion opened (while it is unsigned)</source>
        <translation>Jadikan klien ini pelanggan lagi dan hapus draf kontrak yang dibuka oleh konversi (selama belum ditandatangani)</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Laporan…</translation>
    </message>
    <message>
        <source>Preview, print or save this client&apos;s report for a meeting (Ctrl+P)</source>
        <translation>Pratinjau, cetak, atau simpan laporan klien ini untuk rapat (Ctrl+P)</translation>
    </message>
    <message>
        <source>Client not found</source>
        <translation>Klien tidak ditemukan</translation>
    </message>
    <message>
        <source>Make “%1” a customer again? The draft contract its conversion opened is deleted.</source>
        <translation>Jadikan “%1” pelanggan lagi? Draf kontrak yang dibuka oleh konversinya akan dihapus.</translation>
    </message>
    <message>
        <source>Account manager:</source>
        <translation>Manajer akun:</translation>
    </message>
    <message>
        <source>Legal form:</source>
        <translation>Bentuk badan usaha:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Negara:</translation>
    </message>
    <message>
        <source>Tax id:</source>
        <translation>Nomor pajak:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <source>Client since:</source>
        <translation>Klien sejak:</translation>
    </message>
    <message>
        <source>%1 (converted from customer)</source>
        <translation>%1 (dikonversi dari pelanggan)</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1, open-ended</source>
        <translation>dari %1, tanpa batas akhir</translation>
    </message>
    <message>
        <source>auto, %1 months</source>
        <translation>otomatis, %1 bulan</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Dijawab terlambat</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Terpenuhi</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Lewat jatuh tempo</translation>
    </message>
    <message>
        <source>Open, on time</source>
        <translation>Terbuka, tepat waktu</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1, selesai</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, terlambat</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversi</translation>
    </message>
    <message>
        <source>Converted from customer to client</source>
        <translation>Dikonversi dari pelanggan menjadi klien</translation>
    </message>
    <message>
        <source>Health: %1 (%2 of 100)</source>
        <translation>Kesehatan: %1 (%2 dari 100)</translation>
    </message>
    <message>
        <source>up %1% on the same period last year</source>
        <translation>naik %1% dibanding periode yang sama tahun lalu</translation>
    </message>
    <message>
        <source>down %1% on the same period last year</source>
        <translation>turun %1% dibanding periode yang sama tahun lalu</translation>
    </message>
    <message>
        <source>no revenue in the same period last year</source>
        <translation>tidak ada pendapatan pada periode yang sama tahun lalu</translation>
    </message>
    <message>
        <source>Revenue %1 so far: %2, %3. Last year: %4.</source>
        <translation>Pendapatan %1 hingga kini: %2, %3. Tahun lalu: %4.</translation>
    </message>
    <message>
        <source>New contract %1</source>
        <translation>Kontrak baru %1</translation>
    </message>
    <message>
        <source>Edit contract %1</source>
        <translation>Ubah kontrak %1</translation>
    </message>
    <message>
        <source>Record contract %1 as signed today?</source>
        <translation>Catat kontrak %1 sebagai ditandatangani hari ini?</translation>
    </message>
    <message>
        <source>Sign contract %1</source>
        <translation>Tandatangani kontrak %1</translation>
    </message>
    <message>
        <source>Renew contract %1 until %2?</source>
        <translation>Perpanjang kontrak %1 hingga %2?</translation>
    </message>
    <message>
        <source>Renew contract %1</source>
        <translation>Perpanjang kontrak %1</translation>
    </message>
    <message>
        <source>Terminate contract %1</source>
        <translation>Akhiri kontrak %1</translation>
    </message>
    <message>
        <source>Delete contract %1?</source>
        <translation>Hapus kontrak %1?</translation>
    </message>
    <message>
        <source>Delete contract %1</source>
        <translation>Hapus kontrak %1</translation>
    </message>
    <message>
        <source>Log “%1”</source>
        <translation>Catat “%1”</translation>
    </message>
    <message>
        <source>Follow-up done: “%1”</source>
        <translation>Tindak lanjut selesai: “%1”</translation>
    </message>
    <message>
        <source>Close the request “%1” now?</source>
        <translation>Tutup permintaan “%1” sekarang?</translation>
    </message>
    <message>
        <source>Close “%1”</source>
        <translation>Tutup “%1”</translation>
    </message>
    <message>
        <source>Edit profile of %1</source>
        <translation>Ubah profil %1</translation>
    </message>
    <message>
        <source>New service %1</source>
        <translation>Layanan baru %1</translation>
    </message>
    <message>
        <source>Edit service %1</source>
        <translation>Ubah layanan %1</translation>
    </message>
    <message>
        <source>New contact %1</source>
        <translation>Kontak baru %1</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>Ubah kontak %1</translation>
    </message>
    <message>
        <source>New request “%1”</source>
        <translation>Permintaan baru “%1”</translation>
    </message>
    <message>
        <source>%1 (no %2 rate yet)</source>
        <translation>%1 (belum ada kurs %2)</translation>
    </message>
    <message>
        <source>Start Timer</source>
        <translation>Mulai Timer</translation>
    </message>
    <message>
        <source>Start a timer on this client: on the selected contract in the Contracts tab, or the selected request in the Service tab</source>
        <translation>Mulai timer untuk klien ini: pada kontrak yang dipilih di tab Kontrak, atau permintaan yang dipilih di tab Layanan</translation>
    </message>
    <message>
        <source>%1 per month, %2 h included</source>
        <translation>%1 per bulan, termasuk %2 jam</translation>
    </message>
    <message>
        <source>%1 fixed, %2 h budget</source>
        <translation>%1 tetap, anggaran %2 jam</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktur</translation>
    </message>
</context>
<context>
    <name>cd::ClientsView</name>
    <message>
        <source>Clients</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Search clients by name</source>
        <translation>Cari klien menurut nama</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Cari klien</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Manajer akun</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industri</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kesehatan</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>Semua tingkat kesehatan</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Pilih kolom yang ditampilkan</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Save the clients as listed (this filter and order, the columns shown) as CSV or XLSX</source>
        <translation>Simpan klien sesuai daftar (filter dan urutan ini, kolom yang ditampilkan) sebagai CSV atau XLSX</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>klien</translation>
    </message>
    <message>
        <source>New Client…</source>
        <translation>Klien Baru…</translation>
    </message>
    <message>
        <source>Any manager</source>
        <translation>Semua manajer</translation>
    </message>
    <message>
        <source>Any industry</source>
        <translation>Semua industri</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Semua wilayah</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Tidak ada basis data yang terbuka.</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 klien</translation>
    </message>
    <message>
        <source>%1 of %2 clients</source>
        <translation>%1 dari %2 klien</translation>
    </message>
    <message>
        <source>There are no clients yet. A customer becomes a client when it signs a contract; clients can also be imported.</source>
        <translation>Belum ada klien. Pelanggan menjadi klien ketika menandatangani kontrak; klien juga dapat diimpor.</translation>
    </message>
    <message>
        <source>No client matches these filters.</source>
        <translation>Tidak ada klien yang cocok dengan filter ini.</translation>
    </message>
</context>
<context>
    <name>cd::ConnectDialog</name>
    <message>
        <source>disable: never encrypt</source>
        <translation>disable: tidak pernah mengenkripsi</translation>
    </message>
    <message>
        <source>allow: encrypt only if the server insists</source>
        <translation>allow: mengenkripsi hanya jika server mengharuskannya</translation>
    </message>
    <message>
        <source>prefer: encrypt when the server offers it</source>
        <translation>prefer: mengenkripsi bila server menawarkannya</translation>
    </message>
    <message>
        <source>require: always encrypt, trust any certificate</source>
        <translation>require: selalu mengenkripsi, memercayai sertifikat apa pun</translation>
    </message>
    <message>
        <source>verify-ca: always encrypt, certificate from a trusted authority</source>
        <translation>verify-ca: selalu mengenkripsi, sertifikat dari otoritas tepercaya</translation>
    </message>
    <message>
        <source>verify-full: always encrypt, certificate for this host name</source>
        <translation>verify-full: selalu mengenkripsi, sertifikat untuk nama host ini</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Sambungkan ke Server</translation>
    </message>
    <message>
        <source>Open a ClientDesk database that your team shares on a PostgreSQL server. An empty database gets ClientDesk&apos;s tables.</source>
        <translation>Buka basis data ClientDesk yang dipakai bersama tim Anda di server PostgreSQL. Basis data kosong akan diberi tabel-tabel ClientDesk.</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Ingat kata sandi di gantungan kunci sistem</translation>
    </message>
    <message>
        <source>ClientDesk never writes the password to its settings; unticked, a password remembered before is forgotten.</source>
        <translation>ClientDesk tidak pernah menulis kata sandi ke pengaturannya; jika tidak dicentang, kata sandi yang diingat sebelumnya akan dilupakan.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Basis data:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>P&amp;engguna:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Sambungkan</translation>
    </message>
    <message>
        <source>Connecting to %1:%2…</source>
        <translation>Menyambung ke %1:%2…</translation>
    </message>
</context>
<context>
    <name>cd::ContactDialog</name>
    <message>
        <source>New Contact</source>
        <translation>Kontak Baru</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Ubah %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Peran:</translation>
    </message>
    <message>
        <source>Show the contact as it is now saved, without your edits</source>
        <translation>Tampilkan kontak seperti yang kini tersimpan, tanpa suntingan Anda</translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation>&amp;Muat Ulang</translation>
    </message>
</context>
<context>
    <name>cd::ContactRepository</name>
    <message>
        <source>The contact “%1” needs an account.</source>
        <translation>Kontak “%1” memerlukan akun.</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Kontak memerlukan nama.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“%1” bukan alamat email.</translation>
    </message>
    <message>
        <source>Checking the contact&apos;s account failed</source>
        <translation>Gagal memeriksa akun kontak</translation>
    </message>
    <message>
        <source>There is no account with id %1 for the contact “%2”.</source>
        <translation>Tidak ada akun dengan id %1 untuk kontak “%2”.</translation>
    </message>
    <message>
        <source>Replacing the contact&apos;s roles failed</source>
        <translation>Gagal mengganti peran kontak</translation>
    </message>
    <message>
        <source>Saving the role “%1” failed</source>
        <translation>Gagal menyimpan peran “%1”</translation>
    </message>
    <message>
        <source>The contact “%1” has no id to be stored again under.</source>
        <translation>Kontak “%1” tidak memiliki id untuk disimpan kembali.</translation>
    </message>
    <message>
        <source>Saving the contact “%1” failed</source>
        <translation>Gagal menyimpan kontak “%1”</translation>
    </message>
    <message>
        <source>The contact “%1” has not been saved yet, so it cannot be updated.</source>
        <translation>Kontak “%1” belum disimpan, sehingga tidak dapat diperbarui.</translation>
    </message>
    <message>
        <source>Checking the contact failed</source>
        <translation>Gagal memeriksa kontak</translation>
    </message>
    <message>
        <source>The contact “%1” no longer exists; someone else deleted it.</source>
        <translation>Kontak “%1” sudah tidak ada; orang lain telah menghapusnya.</translation>
    </message>
    <message>
        <source>Someone else changed this contact since you opened it; reload it and try again.</source>
        <translation>Orang lain telah mengubah kontak ini sejak Anda membukanya; muat ulang lalu coba lagi.</translation>
    </message>
    <message>
        <source>Deleting the contact failed</source>
        <translation>Gagal menghapus kontak</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Tidak ada kontak dengan id %1.</translation>
    </message>
    <message>
        <source>Reading the contacts failed</source>
        <translation>Gagal membaca kontak</translation>
    </message>
    <message>
        <source>Reading the contact&apos;s roles failed</source>
        <translation>Gagal membaca peran kontak</translation>
    </message>
    <message>
        <source>The contact&apos;s name</source>
        <translation>Nama kontak</translation>
    </message>
    <message>
        <source>The contact&apos;s job title</source>
        <translation>Jabatan kontak</translation>
    </message>
    <message>
        <source>The contact&apos;s email address</source>
        <translation>Alamat email kontak</translation>
    </message>
    <message>
        <source>The contact&apos;s phone number</source>
        <translation>Nomor telepon kontak</translation>
    </message>
    <message>
        <source>The contact&apos;s notes</source>
        <translation>Catatan kontak</translation>
    </message>
</context>
<context>
    <name>cd::ContractDialog</name>
    <message>
        <source>New Contract</source>
        <translation>Kontrak Baru</translation>
    </message>
    <message>
        <source>Edit Contract %1</source>
        <translation>Ubah Kontrak %1</translation>
    </message>
    <message>
        <source>e.g. C-2026-014</source>
        <translation>mis. C-2026-014</translation>
    </message>
    <message>
        <source> h</source>
        <translation> jam</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Berakhir pada</translation>
    </message>
    <message>
        <source>Renews automatically by</source>
        <translation>Diperpanjang otomatis selama</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referensi:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>&amp;Billing model:</source>
        <translation>&amp;Model penagihan:</translation>
    </message>
    <message>
        <source>&amp;Fee (%1):</source>
        <translation>&amp;Biaya (%1):</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Mu&amp;lai:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Berakhir:</translation>
    </message>
    <message>
        <source>Renewal:</source>
        <translation>Perpanjangan:</translation>
    </message>
    <message>
        <source>&amp;Notice period:</source>
        <translation>Masa &amp;pemberitahuan:</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>Ruang l&amp;ingkup:</translation>
    </message>
    <message>
        <source>Ter&amp;mination clause:</source>
        <translation>&amp;Klausul pengakhiran:</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per bulan</translation>
    </message>
    <message>
        <source>per hour, for</source>
        <translation>per jam, untuk</translation>
    </message>
    <message>
        <source>in total</source>
        <translation>secara keseluruhan</translation>
    </message>
    <message>
        <source>Enter the fee.</source>
        <translation>Masukkan biaya.</translation>
    </message>
    <message>
        <source>Notice deadline: %1</source>
        <translation>Batas pemberitahuan: %1</translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation>Muat &amp;Ulang</translation>
    </message>
    <message>
        <source>Show the contract as it is now saved, without your edits</source>
        <translation>Tampilkan kontrak seperti yang kini tersimpan, tanpa suntingan Anda</translation>
    </message>
    <message>
        <source>e.g. 20, 20:30 or 12.5; empty: not tracked</source>
        <translation>mis. 20, 20:30, atau 12.5; kosong: tidak dilacak</translation>
    </message>
    <message>
        <source>The hours the monthly fee includes. Time logged on the contract counts against them; at 80 % and 100 % the contract appears on the dashboard.</source>
        <translation>Jam yang sudah termasuk dalam biaya bulanan. Waktu yang dicatat pada kontrak mengurangi jam ini; pada 80 % dan 100 % kontrak muncul di dasbor.</translation>
    </message>
    <message>
        <source>Unused hours roll over (one month)</source>
        <translation>Jam yang tidak terpakai dibawa ke bulan berikutnya (satu bulan)</translation>
    </message>
    <message>
        <source>Hours left unused at the end of a month may be used in the next month only.</source>
        <translation>Jam yang tidak terpakai pada akhir bulan hanya dapat digunakan pada bulan berikutnya.</translation>
    </message>
    <message>
        <source>empty: none</source>
        <translation>kosong: tidak ada</translation>
    </message>
    <message>
        <source>What an hour over the included ones costs; those hours are billable.</source>
        <translation>Biaya per jam untuk jam di luar jam yang termasuk; jam tersebut dapat ditagih.</translation>
    </message>
    <message>
        <source>e.g. 120 or 120:30; empty: no budget</source>
        <translation>mis. 120 atau 120:30; kosong: tanpa anggaran</translation>
    </message>
    <message>
        <source>The hours the fixed fee is planned for over the whole term; at 80 % and 100 % the contract appears on the dashboard.</source>
        <translation>Jumlah jam yang direncanakan untuk biaya tetap selama seluruh jangka waktu kontrak; pada 80 % dan 100 % kontrak muncul di dasbor.</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>per jam</translation>
    </message>
    <message>
        <source>&amp;Included hours per month:</source>
        <translation>&amp;Jam termasuk per bulan:</translation>
    </message>
    <message>
        <source>O&amp;verage rate (%1):</source>
        <translation>&amp;Tarif kelebihan jam (%1):</translation>
    </message>
    <message>
        <source>Hour bud&amp;get:</source>
        <translation>&amp;Anggaran jam:</translation>
    </message>
    <message>
        <source>the included hours</source>
        <translation>jam yang termasuk</translation>
    </message>
    <message>
        <source>Overage rate: %1</source>
        <translation>Tarif kelebihan jam: %1</translation>
    </message>
    <message>
        <source>The overage rate cannot be negative.</source>
        <translation>Tarif kelebihan jam tidak boleh negatif.</translation>
    </message>
    <message>
        <source>An overage rate applies to the hours over the included ones: enter the included hours per month too.</source>
        <translation>Tarif kelebihan jam berlaku untuk jam di luar jam yang termasuk: masukkan juga jam yang termasuk per bulan.</translation>
    </message>
    <message>
        <source>the hour budget</source>
        <translation>anggaran jam</translation>
    </message>
    <message>
        <source>&amp;Payment terms:</source>
        <translation>Jangka &amp;waktu pembayaran:</translation>
    </message>
    <message>
        <source>the firm&apos;s setting (%1 days)</source>
        <translation>pengaturan firma (%1 hari)</translation>
    </message>
    <message>
        <source>the firm&apos;s setting</source>
        <translation>pengaturan firma</translation>
    </message>
    <message>
        <source>Days from an invoice&apos;s date to its due date for this contract&apos;s invoices.</source>
        <translation>Jumlah hari dari tanggal faktur sampai jatuh tempo untuk faktur kontrak ini.</translation>
    </message>
    <message>
        <source>Start Tim&amp;er</source>
        <translation>Mulai Ti&amp;mer</translation>
    </message>
    <message>
        <source>Start a timer on this contract</source>
        <translation>Mulai timer untuk kontrak ini</translation>
    </message>
</context>
<context>
    <name>cd::ContractHours</name>
    <message>
        <source>Over %1&#xa0;%</source>
        <translation>Lebih dari %1&#xa0;%</translation>
    </message>
    <message>
        <source>Hours spent</source>
        <translation>Jam terpakai</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>Masukkan %1.</translation>
    </message>
    <message>
        <source>“%1” is not a number of hours: type %2 as 40, 40:30 or 12.5.</source>
        <translation>“%1” bukan jumlah jam: ketik %2 seperti 40, 40:30, atau 12.5.</translation>
    </message>
    <message>
        <source>Enter more than 0 hours for %1.</source>
        <translation>Masukkan lebih dari 0 jam untuk %1.</translation>
    </message>
    <message>
        <source>%1 can be at most %2 hours.</source>
        <translation>%1 paling banyak %2 jam.</translation>
    </message>
</context>
<context>
    <name>cd::ContractHoursPanel</name>
    <message>
        <source>Over %1&#xa0;%</source>
        <translation>Lebih dari %1&#xa0;%</translation>
    </message>
    <message>
        <source>Hours spent: %1 over</source>
        <translation>Jam terpakai: lebih %1</translation>
    </message>
    <message>
        <source>Hours spent</source>
        <translation>Jam terpakai</translation>
    </message>
    <message>
        <source>%1 · retainer · %2</source>
        <translation>%1 · retainer · %2</translation>
    </message>
    <message>
        <source>%1 of %2 hours used this month (%3&#xa0;%); %4 of them carried over from last month.</source>
        <translation>%1 dari %2 jam terpakai bulan ini (%3&#xa0;%); %4 di antaranya dibawa dari bulan lalu.</translation>
    </message>
    <message>
        <source>%1 of %2 hours used this month (%3&#xa0;%).</source>
        <translation>%1 dari %2 jam terpakai bulan ini (%3&#xa0;%).</translation>
    </message>
    <message>
        <source>%1 · fixed fee · %2 – %3</source>
        <translation>%1 · biaya tetap · %2 – %3</translation>
    </message>
    <message>
        <source>%1 · fixed fee · from %2</source>
        <translation>%1 · biaya tetap · sejak %2</translation>
    </message>
    <message>
        <source>%1 of the %2-hour budget used (%3&#xa0;%).</source>
        <translation>%1 dari anggaran %2 jam terpakai (%3&#xa0;%).</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>The hours of %1 could not be read: %2</source>
        <translation>Jam %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 bulan terakhir</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Total kumulatif</translation>
    </message>
</context>
<context>
    <name>cd::ContractListModel</name>
    <message>
        <source>%1, missed %2</source>
        <translation>%1, terlewat %2</translation>
    </message>
    <message>
        <source>%1, soon: %2</source>
        <translation>%1, segera: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 budget (%3 %)</source>
        <translation>%1 dari anggaran %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 dari %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 / month</source>
        <translation>%1 / bulan</translation>
    </message>
    <message>
        <source>%1 / hour</source>
        <translation>%1 / jam</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>tanpa batas waktu</translation>
    </message>
    <message>
        <source>automatic, %1 months</source>
        <translation>otomatis, %1 bulan</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Notice of %1 days before the end on %2 must be given by %3.</source>
        <translation>Pemberitahuan %1 hari sebelum berakhir pada %2 harus diberikan paling lambat %3.</translation>
    </message>
    <message>
        <source>Hours logged over the whole term against the hour budget.</source>
        <translation>Jam yang dicatat selama seluruh masa kontrak dibandingkan anggaran jam.</translation>
    </message>
    <message>
        <source>Hours logged this month against the hours the retainer includes (with those carried over from last month).</source>
        <translation>Jam yang dicatat bulan ini dibandingkan jam yang termasuk dalam retainer (beserta yang terbawa dari bulan lalu).</translation>
    </message>
    <message>
        <source>%1 billable time entries up to today that no invoice holds yet.</source>
        <translation>%1 catatan waktu yang dapat ditagih sampai hari ini yang belum tercantum di faktur mana pun.</translation>
    </message>
    <message>
        <source>Also %1 of time logged in another currency.</source>
        <translation>Juga %1 waktu yang dicatat dalam mata uang lain.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Penagihan</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Monthly value</source>
        <translation>Nilai bulanan</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Perpanjangan</translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation>Batas pemberitahuan</translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation>Jam terpakai</translation>
    </message>
    <message>
        <source>Not invoiced</source>
        <translation>Belum difakturkan</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
</context>
<context>
    <name>cd::ContractListQuery</name>
    <message>
        <source>Reading the contracts</source>
        <translation>Membaca daftar kontrak</translation>
    </message>
    <message>
        <source>Reading the hours of the contracts</source>
        <translation>Membaca jam kontrak</translation>
    </message>
    <message>
        <source>Reading the time not invoiced yet</source>
        <translation>Membaca waktu yang belum difakturkan</translation>
    </message>
</context>
<context>
    <name>cd::ContractOutlookAnalytics</name>
    <message>
        <source>Reading the active contracts failed</source>
        <translation>Gagal membaca kontrak aktif</translation>
    </message>
    <message>
        <source>The active contracts add up to more than ClientDesk can total exactly; run &apos;clientdesk check&apos; to find the fees that are too large.</source>
        <translation>Total kontrak aktif lebih dari yang dapat dijumlahkan ClientDesk secara tepat; jalankan &apos;clientdesk check&apos; untuk menemukan biaya yang terlalu besar.</translation>
    </message>
</context>
<context>
    <name>cd::ContractRepository</name>
    <message>
        <source>The contract</source>
        <translation>Kontrak ini</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Kontrak %1</translation>
    </message>
    <message>
        <source>A contract needs a reference.</source>
        <translation>Kontrak memerlukan nomor referensi.</translation>
    </message>
    <message>
        <source>%1 needs the client it belongs to.</source>
        <translation>%1 memerlukan klien pemiliknya.</translation>
    </message>
    <message>
        <source>%1 needs a currency code such as IDR, not “%2”.</source>
        <translation>%1 memerlukan kode mata uang seperti IDR, bukan “%2”.</translation>
    </message>
    <message>
        <source>%1 cannot have a negative fee.</source>
        <translation>%1 tidak boleh memiliki biaya negatif.</translation>
    </message>
    <message>
        <source>%1 needs a start date.</source>
        <translation>%1 memerlukan tanggal mulai.</translation>
    </message>
    <message>
        <source>Contract end %1 is before its start %2.</source>
        <translation>Tanggal akhir kontrak %1 lebih awal daripada tanggal mulainya %2.</translation>
    </message>
    <message>
        <source>%1 is billed by the hour and needs the estimated hours.</source>
        <translation>%1 ditagih per jam dan memerlukan perkiraan jumlah jam.</translation>
    </message>
    <message>
        <source>%1 renews automatically and needs a renewal term in months.</source>
        <translation>%1 diperpanjang otomatis dan memerlukan jangka waktu perpanjangan dalam bulan.</translation>
    </message>
    <message>
        <source>%1 renews automatically and needs an end date.</source>
        <translation>%1 diperpanjang otomatis dan memerlukan tanggal akhir.</translation>
    </message>
    <message>
        <source>%1 cannot have a negative notice period.</source>
        <translation>%1 tidak boleh memiliki masa pemberitahuan negatif.</translation>
    </message>
    <message>
        <source>The notice period of %1 days is longer than the term of %2 (%3 to %4).</source>
        <translation>Masa pemberitahuan %1 hari lebih panjang daripada jangka waktu %2 (%3 sampai %4).</translation>
    </message>
    <message>
        <source>%1 is active and needs the date it was signed.</source>
        <translation>%1 aktif dan memerlukan tanggal penandatanganannya.</translation>
    </message>
    <message>
        <source>%1 is terminated and needs the date it ended.</source>
        <translation>%1 telah diakhiri dan memerlukan tanggal berakhirnya.</translation>
    </message>
    <message>
        <source>%1 is terminated and needs the reason.</source>
        <translation>%1 telah diakhiri dan memerlukan alasannya.</translation>
    </message>
    <message>
        <source>Contract %1 cannot end on %2, before its start %3.</source>
        <translation>Kontrak %1 tidak dapat berakhir pada %2, sebelum tanggal mulainya %3.</translation>
    </message>
    <message>
        <source>Checking the client of the contract failed</source>
        <translation>Gagal memeriksa klien kontrak</translation>
    </message>
    <message>
        <source>There is no account with id %1 for contract %2.</source>
        <translation>Tidak ada akun dengan id %1 untuk kontrak %2.</translation>
    </message>
    <message>
        <source>%1 is a customer; contracts are for clients. Convert it to a client first.</source>
        <translation>%1 adalah pelanggan; kontrak hanya untuk klien. Jadikan klien terlebih dahulu.</translation>
    </message>
    <message>
        <source>Checking the contract reference failed</source>
        <translation>Gagal memeriksa referensi kontrak</translation>
    </message>
    <message>
        <source>Contract reference %1 is already used by %2.</source>
        <translation>Referensi kontrak %1 sudah digunakan oleh %2.</translation>
    </message>
    <message>
        <source>Contract %1 has no id to be stored again under.</source>
        <translation>Kontrak %1 tidak memiliki id untuk disimpan ulang.</translation>
    </message>
    <message>
        <source>Saving contract %1 failed</source>
        <translation>Gagal menyimpan kontrak %1</translation>
    </message>
    <message>
        <source>Someone else changed contract %1 since you opened it; reload it and try again.</source>
        <translation>Orang lain telah mengubah kontrak %1 sejak Anda membukanya; muat ulang lalu coba lagi.</translation>
    </message>
    <message>
        <source>Contract %1 has not been saved yet, so it cannot be updated.</source>
        <translation>Kontrak %1 belum disimpan sehingga tidak dapat diperbarui.</translation>
    </message>
    <message>
        <source>The status of contract %1 changes by signing, renewing or terminating it, not by editing.</source>
        <translation>Status kontrak %1 berubah melalui penandatanganan, perpanjangan, atau pengakhiran, bukan melalui pengeditan.</translation>
    </message>
    <message>
        <source>Changed the terms of %1.</source>
        <translation>Mengubah ketentuan %1.</translation>
    </message>
    <message>
        <source>Contract %1 is already signed.</source>
        <translation>Kontrak %1 sudah ditandatangani.</translation>
    </message>
    <message>
        <source>Signing contract %1 needs the date it was signed.</source>
        <translation>Penandatanganan kontrak %1 memerlukan tanggal penandatanganannya.</translation>
    </message>
    <message>
        <source>Signed %1 on %2.</source>
        <translation>Menandatangani %1 pada %2.</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>ditandatangani %1</translation>
    </message>
    <message>
        <source>Contract %1 is %2; only an active or expired contract can be renewed.</source>
        <translation>Kontrak %1 berstatus %2; hanya kontrak aktif atau kedaluwarsa yang dapat diperpanjang.</translation>
    </message>
    <message>
        <source>Contract %1 has no end date, so there is nothing to renew.</source>
        <translation>Kontrak %1 tidak memiliki tanggal akhir, jadi tidak ada yang perlu diperpanjang.</translation>
    </message>
    <message>
        <source>Renewed %1: the end moved from %2 to %3.</source>
        <translation>Memperpanjang %1: tanggal akhir bergeser dari %2 ke %3.</translation>
    </message>
    <message>
        <source>Terminating contract %1 needs the date it ends.</source>
        <translation>Pengakhiran kontrak %1 memerlukan tanggal berakhirnya.</translation>
    </message>
    <message>
        <source>Terminating contract %1 needs a reason.</source>
        <translation>Pengakhiran kontrak %1 memerlukan alasan.</translation>
    </message>
    <message>
        <source>Contract %1 runs from %2 to %3; it cannot be terminated on %4.</source>
        <translation>Kontrak %1 berlaku dari %2 sampai %3; kontrak ini tidak dapat diakhiri pada %4.</translation>
    </message>
    <message>
        <source>open end</source>
        <translation>tanpa batas akhir</translation>
    </message>
    <message>
        <source>Terminated %1 on %2: %3</source>
        <translation>Mengakhiri %1 pada %2: %3</translation>
    </message>
    <message>
        <source>Restored %1 to its earlier state.</source>
        <translation>Mengembalikan %1 ke kondisi sebelumnya.</translation>
    </message>
    <message>
        <source>Checking the revenue of the contract failed</source>
        <translation>Gagal memeriksa pendapatan kontrak</translation>
    </message>
    <message>
        <source>Contract %1 has %2 revenue entries and cannot be deleted; terminate it instead.</source>
        <translation>Kontrak %1 memiliki %2 entri pendapatan sehingga tidak dapat dihapus; akhiri kontrak ini sebagai gantinya.</translation>
    </message>
    <message>
        <source>Deleting contract %1 failed</source>
        <translation>Gagal menghapus kontrak %1</translation>
    </message>
    <message>
        <source>Reading the contract failed</source>
        <translation>Gagal membaca kontrak</translation>
    </message>
    <message>
        <source>There is no contract with id %1.</source>
        <translation>Tidak ada kontrak dengan id %1.</translation>
    </message>
    <message>
        <source>Reading the contracts failed</source>
        <translation>Gagal membaca daftar kontrak</translation>
    </message>
    <message>
        <source>Choosing a contract reference failed</source>
        <translation>Gagal menentukan referensi kontrak</translation>
    </message>
    <message>
        <source>The contract&apos;s reference</source>
        <translation>Referensi kontrak</translation>
    </message>
    <message>
        <source>The contract&apos;s title</source>
        <translation>Judul kontrak</translation>
    </message>
    <message>
        <source>The contract&apos;s scope</source>
        <translation>Ruang lingkup kontrak</translation>
    </message>
    <message>
        <source>The contract&apos;s termination clause</source>
        <translation>Klausul pengakhiran kontrak</translation>
    </message>
    <message>
        <source>The contract&apos;s termination reason</source>
        <translation>Alasan pengakhiran kontrak</translation>
    </message>
    <message>
        <source>The fee of %1 is too large. %2</source>
        <translation>Biaya %1 terlalu besar. %2</translation>
    </message>
    <message>
        <source>The start of %1</source>
        <translation>Tanggal mulai %1</translation>
    </message>
    <message>
        <source>The end of %1</source>
        <translation>Tanggal berakhir %1</translation>
    </message>
    <message>
        <source>The signing date of %1</source>
        <translation>Tanggal penandatanganan %1</translation>
    </message>
    <message>
        <source>The termination date of %1</source>
        <translation>Tanggal pengakhiran %1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 estimates %2 hours; at most %3 hours can be estimated.</source>
        <translation>%1 memperkirakan %2 jam; paling banyak %3 jam yang dapat diperkirakan.</translation>
    </message>
    <message>
        <source>The hourly rate of %1 times its %2 estimated hours is too large an amount. %3</source>
        <translation>Tarif per jam %1 dikali %2 jam perkiraannya menghasilkan jumlah yang terlalu besar. %3</translation>
    </message>
    <message>
        <source>%1 cannot include negative hours.</source>
        <translation>%1 tidak boleh mencakup jam negatif.</translation>
    </message>
    <message>
        <source>%1 cannot have a negative hour budget.</source>
        <translation>%1 tidak boleh memiliki anggaran jam negatif.</translation>
    </message>
    <message>
        <source>%1 cannot have a negative overage rate.</source>
        <translation>%1 tidak boleh memiliki tarif kelebihan jam negatif.</translation>
    </message>
    <message>
        <source>The overage rate of %1 is too large. %2</source>
        <translation>Tarif kelebihan jam %1 terlalu besar. %2</translation>
    </message>
    <message>
        <source>%1 is billed as %2; included hours, roll-over and an overage rate are for monthly retainers only.</source>
        <translation>%1 ditagih sebagai %2; jam termasuk, jam yang dibawa ke bulan berikutnya, dan tarif kelebihan jam hanya untuk retainer bulanan.</translation>
    </message>
    <message>
        <source>%1 is billed as %2; an hour budget is for fixed-fee contracts only.</source>
        <translation>%1 ditagih sebagai %2; anggaran jam hanya untuk kontrak biaya tetap.</translation>
    </message>
    <message>
        <source>%1 rolls unused hours over but includes none; give the hours it includes each month.</source>
        <translation>%1 membawa jam yang tidak terpakai ke bulan berikutnya tetapi tidak mencakup jam apa pun; isi jam yang termasuk setiap bulan.</translation>
    </message>
    <message>
        <source>%1 has payment terms of %2 days; they take 0 to %3 days, or none for the firm&apos;s setting.</source>
        <translation>%1 memiliki jangka waktu pembayaran %2 hari; nilainya 0 sampai %3 hari, atau kosong untuk pengaturan firma.</translation>
    </message>
    <message>
        <source>Contract %1 has %2 instalments or milestones; remove them before billing it as %3.</source>
        <translation>Kontrak %1 memiliki %2 termin atau milestone; hapus dulu sebelum menagihnya sebagai %3.</translation>
    </message>
    <message>
        <source>Checking the invoices of the contract failed</source>
        <translation>Gagal memeriksa faktur kontrak</translation>
    </message>
    <message>
        <source>Contract %1 has %2 invoices and cannot be deleted; terminate it instead.</source>
        <translation>Kontrak %1 memiliki %2 faktur sehingga tidak dapat dihapus; akhiri kontrak ini sebagai gantinya.</translation>
    </message>
    <message>
        <source>Reading the contract references failed</source>
        <translation>Gagal membaca referensi kontrak</translation>
    </message>
</context>
<context>
    <name>cd::ContractRules</name>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>besok</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>kemarin</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>dalam %1 hari</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 hari yang lalu</translation>
    </message>
    <message>
        <source>Contract %1 is %2 and cannot become %3.</source>
        <translation>Kontrak %1 berstatus %2 dan tidak dapat diubah menjadi %3.</translation>
    </message>
</context>
<context>
    <name>cd::ContractService</name>
    <message>
        <source>the milestone of %1</source>
        <translation>milestone %1</translation>
    </message>
    <message>
        <source>the milestone “%1” of %2</source>
        <translation>milestone “%1” pada %2</translation>
    </message>
    <message>
        <source>the instalment of %1</source>
        <translation>termin %1</translation>
    </message>
    <message>
        <source>the instalment “%1” of %2</source>
        <translation>termin “%1” pada %2</translation>
    </message>
    <message>
        <source>The instalment&apos;s description</source>
        <translation>Uraian termin</translation>
    </message>
    <message>
        <source>Contract %1 is billed as %2; instalments and milestones are for fixed-fee contracts.</source>
        <translation>Kontrak %1 ditagih sebagai %2; termin dan milestone hanya untuk kontrak biaya tetap.</translation>
    </message>
    <message>
        <source>An instalment of %1 needs a description, such as “Design phase”.</source>
        <translation>Termin %1 memerlukan uraian, misalnya “Tahap desain”.</translation>
    </message>
    <message>
        <source>%1 has a description of %2 characters; at most %3 fit.</source>
        <translation>%1 memiliki uraian %2 karakter; paling banyak %3 karakter.</translation>
    </message>
    <message>
        <source>%1 needs an amount above zero.</source>
        <translation>%1 memerlukan jumlah di atas nol.</translation>
    </message>
    <message>
        <source>The amount of %1 is too large. %2</source>
        <translation>Jumlah %1 terlalu besar. %2</translation>
    </message>
    <message>
        <source>%1 needs a due date.</source>
        <translation>%1 memerlukan tanggal jatuh tempo.</translation>
    </message>
    <message>
        <source>The due date of %1: %2.</source>
        <translation>Tanggal jatuh tempo %1: %2.</translation>
    </message>
    <message>
        <source>%1 is due on %2, outside the term of %3 (%4 to %5); a due date may lie at most %6 days before its start or after its end.</source>
        <translation>%1 jatuh tempo pada %2, di luar masa berlaku %3 (%4 sampai %5); tanggal jatuh tempo paling banyak %6 hari sebelum mulai atau setelah berakhirnya.</translation>
    </message>
    <message>
        <source>open end</source>
        <translation>tanpa batas akhir</translation>
    </message>
    <message>
        <source>%1 is billed on its due date; only a milestone is marked done.</source>
        <translation>%1 ditagih pada tanggal jatuh temponya; hanya milestone yang ditandai selesai.</translation>
    </message>
    <message>
        <source>The day %1 was done: %2.</source>
        <translation>Tanggal %1 selesai: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be done on %2, long before the contract starts on %3.</source>
        <translation>%1 tidak dapat selesai pada %2, jauh sebelum kontrak dimulai pada %3.</translation>
    </message>
    <message>
        <source>%1 is on a draft invoice; delete that draft (or its line) before changing or removing it.</source>
        <translation>%1 ada di draf faktur; hapus draf itu (atau barisnya) sebelum mengubah atau menghapusnya.</translation>
    </message>
    <message>
        <source>%1 is billed on invoice %2 and can no longer be changed or removed.</source>
        <translation>%1 sudah ditagih pada faktur %2 dan tidak dapat lagi diubah atau dihapus.</translation>
    </message>
    <message>
        <source>Added to the schedule of %1: %2</source>
        <translation>Ditambahkan ke jadwal %1: %2</translation>
    </message>
    <message>
        <source>An instalment stays on its contract; remove it and add it to the other contract instead.</source>
        <translation>Termin tetap berada di kontraknya; hapus termin ini lalu tambahkan ke kontrak lain sebagai gantinya.</translation>
    </message>
    <message>
        <source>Changed in the schedule of %1: %2</source>
        <translation>Diubah dalam jadwal %1: %2</translation>
    </message>
    <message>
        <source>Removed from the schedule of %1: %2</source>
        <translation>Dihapus dari jadwal %1: %2</translation>
    </message>
</context>
<context>
    <name>cd::ContractsView</name>
    <message>
        <source>Contracts</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Save the contracts as listed (this filter and order, the columns shown) as CSV or XLSX</source>
        <translation>Simpan kontrak sesuai daftar (filter dan urutan ini, kolom yang ditampilkan) sebagai CSV atau XLSX</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>kontrak</translation>
    </message>
    <message>
        <source>Client, reference or title</source>
        <translation>Klien, referensi, atau judul</translation>
    </message>
    <message>
        <source>Search contracts</source>
        <translation>Cari kontrak</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Billing model</source>
        <translation>Model penagihan</translation>
    </message>
    <message>
        <source>Any billing</source>
        <translation>Semua model penagihan</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Manajer akun</translation>
    </message>
    <message>
        <source>Any manager</source>
        <translation>Semua manajer</translation>
    </message>
    <message>
        <source>Ending or notice within</source>
        <translation>Berakhir atau pemberitahuan dalam</translation>
    </message>
    <message>
        <source>Ends or notice within %1 days</source>
        <translation>Berakhir atau pemberitahuan dalam %1 hari</translation>
    </message>
    <message>
        <source>Any end or notice</source>
        <translation>Semua tanggal berakhir atau pemberitahuan</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Perpanjangan</translation>
    </message>
    <message>
        <source>Any renewal</source>
        <translation>Semua perpanjangan</translation>
    </message>
    <message>
        <source>Renews automatically</source>
        <translation>Diperpanjang otomatis</translation>
    </message>
    <message>
        <source>Renewed by hand</source>
        <translation>Diperpanjang manual</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Tidak ada basis data yang terbuka.</translation>
    </message>
    <message>
        <source>%1 contracts</source>
        <translation>%1 kontrak</translation>
    </message>
    <message>
        <source>%1 of %2 contracts</source>
        <translation>%1 dari %2 kontrak</translation>
    </message>
    <message>
        <source>There are no contracts yet. Draft one on a client&apos;s page (Clients › a client › Contracts › New…), or import them.</source>
        <translation>Belum ada kontrak. Buat draf di halaman klien (Klien › seorang klien › Kontrak › Baru…), atau impor kontrak.</translation>
    </message>
    <message>
        <source>No contract matches these filters.</source>
        <translation>Tidak ada kontrak yang cocok dengan filter ini.</translation>
    </message>
    <message>
        <source>ClientDesk</source>
        <translation>ClientDesk</translation>
    </message>
</context>
<context>
    <name>cd::ConversionCandidates</name>
    <message>
        <source>Reading the customers failed</source>
        <translation>Gagal membaca pelanggan</translation>
    </message>
    <message>
        <source>Reading the interactions failed</source>
        <translation>Gagal membaca daftar interaksi</translation>
    </message>
    <message>
        <source>Reading the referrals failed</source>
        <translation>Gagal membaca rujukan</translation>
    </message>
    <message>
        <source>%1 purchases since %2</source>
        <translation>%1 pembelian sejak %2</translation>
    </message>
    <message>
        <source>%1 in the last 12 months, among the top 10% of customers</source>
        <translation>%1 dalam 12 bulan terakhir, termasuk 10% pelanggan teratas</translation>
    </message>
    <message>
        <source>%1 in the last 12 months</source>
        <translation>%1 dalam 12 bulan terakhir</translation>
    </message>
    <message>
        <source>about %1 purchases a year</source>
        <translation>sekitar %1 pembelian per tahun</translation>
    </message>
    <message>
        <source>%1 interactions in the last 12 months</source>
        <translation>%1 interaksi dalam 12 bulan terakhir</translation>
    </message>
    <message>
        <source>accounts referred: %1</source>
        <translation>akun yang dirujuk: %1</translation>
    </message>
</context>
<context>
    <name>cd::CreditNoteDialog</name>
    <message>
        <source>Credit Note for %1</source>
        <translation>Nota Kredit untuk %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Ne&amp;w Line</source>
        <translation>Baris Ba&amp;ru</translation>
    </message>
    <message>
        <source>Re&amp;move Line</source>
        <translation>&amp;Hapus Baris</translation>
    </message>
    <message>
        <source>Credits part or all of %1 with a credit note of its own number. Remove or change the lines it does not credit.</source>
        <translation>Mengkreditkan sebagian atau seluruh %1 dengan nota kredit bernomor sendiri. Hapus atau ubah baris yang tidak dikreditkan.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>&amp;Issue Credit Note</source>
        <translation>Ter&amp;bitkan Nota Kredit</translation>
    </message>
    <message>
        <source>Credited, tax included: %1</source>
        <translation>Dikreditkan, termasuk pajak: %1</translation>
    </message>
    <message>
        <source>Keep at least one line to credit.</source>
        <translation>Sisakan minimal satu baris untuk dikreditkan.</translation>
    </message>
    <message>
        <source>Say why the invoice is credited: the reason is printed on the credit note.</source>
        <translation>Sebutkan alasan faktur dikreditkan: alasan ini dicetak pada nota kredit.</translation>
    </message>
    <message>
        <source>Issue Credit Note</source>
        <translation>Terbitkan Nota Kredit</translation>
    </message>
    <message>
        <source>Issue a credit note for %1? It gets its number and cannot be changed afterwards.</source>
        <translation>Terbitkan nota kredit untuk %1? Nota kredit akan mendapat nomor dan tidak dapat diubah setelahnya.</translation>
    </message>
</context>
<context>
    <name>cd::CsvReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 adalah folder, bukan berkas CSV.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; files over %3 MB cannot be imported. Split it into smaller files.</source>
        <translation>%1 berukuran %2 MB; berkas di atas %3 MB tidak dapat diimpor. Pecah menjadi beberapa berkas yang lebih kecil.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 tidak dapat dibaca: %2.</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header line naming the columns.</source>
        <translation>%1 kosong: berkas memerlukan baris judul yang berisi nama kolom.</translation>
    </message>
    <message>
        <source>%1 is not a CSV text file: line %2 contains binary data.</source>
        <translation>%1 bukan berkas teks CSV: baris %2 berisi data biner.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8; it was read as Windows-1252 (Western European). Check accented letters in the preview.</source>
        <translation>%1 bukan UTF-8; berkas dibaca sebagai Windows-1252 (Eropa Barat). Periksa huruf beraksen di pratinjau.</translation>
    </message>
    <message>
        <source>%1 cannot be read: out of memory.</source>
        <translation>%1 tidak dapat dibaca: memori tidak cukup.</translation>
    </message>
    <message>
        <source>%1, line %2: a quote is out of place. A field with quotes must be quoted as a whole, with each quote inside it doubled (&quot;&quot;).</source>
        <translation>%1, baris %2: ada tanda kutip yang salah tempat. Bidang yang berisi tanda kutip harus diapit tanda kutip secara utuh, dan setiap tanda kutip di dalamnya ditulis ganda (&quot;&quot;).</translation>
    </message>
    <message>
        <source>%1, line %2 cannot be read: %3.</source>
        <translation>%1, baris %2 tidak dapat dibaca: %3.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed; a quote is missing.</source>
        <translation>%1, baris %2: bidang bertanda kutip tidak pernah ditutup; ada tanda kutip yang hilang.</translation>
    </message>
</context>
<context>
    <name>cd::CsvWriter</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 tidak dapat ditulis: %2.</translation>
    </message>
    <message>
        <source>only part of it could be written (the disk may be full)</source>
        <translation>hanya sebagian yang dapat ditulis (disk mungkin penuh)</translation>
    </message>
</context>
<context>
    <name>cd::CurrencyService</name>
    <message>
        <source>“%1” is not a currency code in use (ISO 4217); use one such as USD, SGD or EUR.</source>
        <translation>“%1” bukan kode mata uang yang berlaku (ISO 4217); gunakan kode seperti USD, SGD, atau EUR.</translation>
    </message>
    <message>
        <source>%1 is the firm&apos;s currency; it needs no exchange rate.</source>
        <translation>%1 adalah mata uang firma; mata uang ini tidak memerlukan kurs.</translation>
    </message>
    <message>
        <source>The %1 rate has no date; give the day it holds from as YYYY-MM-DD.</source>
        <translation>Kurs %1 tidak memiliki tanggal; berikan tanggal mulai berlakunya dengan format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The %1 rate cannot be dated so: %2.</source>
        <translation>Kurs %1 tidak dapat diberi tanggal seperti itu: %2.</translation>
    </message>
    <message>
        <source>The %1 rate on %2 is not above zero; write a rate such as 16245.50.</source>
        <translation>Kurs %1 pada %2 tidak di atas nol; tulis kurs seperti 16245.50.</translation>
    </message>
    <message>
        <source>%1 already has a rate on %2 (%3); leave this one out or remove the stored one first.</source>
        <translation>%1 sudah memiliki kurs pada %2 (%3); lewati kurs ini atau hapus dulu kurs yang tersimpan.</translation>
    </message>
    <message>
        <source>A second %1 rate on %2; a currency has one rate a day.</source>
        <translation>Ada kurs %1 kedua pada %2; satu mata uang hanya memiliki satu kurs per hari.</translation>
    </message>
    <message>
        <source>Only a manager can change exchange rates and the firm&apos;s currency; ask one to make this change.</source>
        <translation>Hanya manajer yang dapat mengubah kurs dan mata uang firma; mintalah seorang manajer untuk melakukan perubahan ini.</translation>
    </message>
    <message>
        <source>%1 already has a rate on %2 (%3); edit or remove that one instead.</source>
        <translation>%1 sudah memiliki kurs pada %2 (%3); ubah atau hapus kurs itu saja.</translation>
    </message>
    <message>
        <source>No %1 rate on %2 is stored any more; it may have been removed meanwhile.</source>
        <translation>Kurs %1 pada %2 sudah tidak tersimpan; mungkin kurs itu telah dihapus sementara itu.</translation>
    </message>
    <message>
        <source>No %1 rate on %2 is stored; there is nothing to remove.</source>
        <translation>Tidak ada kurs %1 pada %2 yang tersimpan; tidak ada yang perlu dihapus.</translation>
    </message>
    <message>
        <source>The %1 rate on %2 expressed in %3 is beyond what a rate holds (ten decimals, below 100,000,000); correct it first.</source>
        <translation>Kurs %1 pada %2 yang dinyatakan dalam %3 melampaui batas yang dapat ditampung sebuah kurs (sepuluh angka desimal, di bawah 100.000.000); perbaiki dulu kurs tersebut.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1, dan %2 lainnya</translation>
    </message>
    <message>
        <source>The firm&apos;s currency can change from %1 to %2 only with a %2 rate on or before each day that has a rate or the first %1 amount; add a %2 rate on or before %3 first (days without one: %4).</source>
        <translation>Mata uang firma dapat diubah dari %1 ke %2 hanya jika ada kurs %2 pada atau sebelum setiap hari yang memiliki kurs atau jumlah %1 pertama; tambahkan dulu kurs %2 pada atau sebelum %3 (hari tanpa kurs: %4).</translation>
    </message>
    <message>
        <source>%1 and %2 are the same currency; there is nothing to relabel.</source>
        <translation>%1 dan %2 adalah mata uang yang sama; tidak ada yang perlu dilabeli ulang.</translation>
    </message>
    <message>
        <source>%1 has %2 decimals and %3 has %4, so relabelling would change every amount; relabelling keeps the digits as they are.</source>
        <translation>%1 memiliki %2 angka desimal dan %3 memiliki %4, sehingga pelabelan ulang akan mengubah setiap jumlah; pelabelan ulang mempertahankan digit apa adanya.</translation>
    </message>
    <message>
        <source>%1 and %2 both have a rate on %3; remove one of them before relabelling.</source>
        <translation>%1 dan %2 sama-sama memiliki kurs pada %3; hapus salah satunya sebelum melabeli ulang.</translation>
    </message>
    <message>
        <source>%1 would become the firm&apos;s currency but has exchange rates; remove them before relabelling.</source>
        <translation>%1 akan menjadi mata uang firma tetapi memiliki kurs; hapus kurs tersebut sebelum melabeli ulang.</translation>
    </message>
    <message>
        <source>%1 is the firm&apos;s currency, so the %2 rates would be rates of the firm&apos;s own currency; remove them before relabelling.</source>
        <translation>%1 adalah mata uang firma, sehingga kurs %2 akan menjadi kurs mata uang firma itu sendiri; hapus kurs tersebut sebelum melabeli ulang.</translation>
    </message>
    <message>
        <source>Nothing is stored in %1; there is nothing to relabel.</source>
        <translation>Tidak ada yang tersimpan dalam %1; tidak ada yang perlu dilabeli ulang.</translation>
    </message>
    <message>
        <source>Relabelled every amount in %1 as %2 without changing it (revenue entries: %3).</source>
        <translation>Setiap jumlah dalam %1 dilabeli ulang sebagai %2 tanpa diubah (entri pendapatan: %3).</translation>
    </message>
</context>
<context>
    <name>cd::CustomerListModel</name>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industri</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Manajer akun</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Pembelian pertama</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Pembelian terakhir</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Pembelian</translation>
    </message>
    <message>
        <source>Revenue, 12 months</source>
        <translation>Pendapatan, 12 bulan</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>Rata-rata belanja</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Reading the exchange rates failed</source>
        <translation>Gagal membaca kurs</translation>
    </message>
</context>
<context>
    <name>cd::CustomerListQuery</name>
    <message>
        <source>Reading the customers failed</source>
        <translation>Gagal membaca pelanggan</translation>
    </message>
    <message>
        <source>Reading the tags failed</source>
        <translation>Gagal membaca tag</translation>
    </message>
    <message>
        <source>Searching the customers failed</source>
        <translation>Gagal mencari pelanggan</translation>
    </message>
    <message>
        <source>Reading the amounts without a rate failed</source>
        <translation>Gagal membaca jumlah yang belum memiliki kurs</translation>
    </message>
</context>
<context>
    <name>cd::CustomerPage</name>
    <message>
        <source>Convert to Client</source>
        <translation>Jadikan Klien</translation>
    </message>
    <message>
        <source>← All customers</source>
        <translation>← Semua pelanggan</translation>
    </message>
    <message>
        <source>Record &amp;Sale…</source>
        <translation>Catat &amp;Penjualan…</translation>
    </message>
    <message>
        <source>Convert to &amp;Client…</source>
        <translation>Jadikan &amp;Klien…</translation>
    </message>
    <message>
        <source>Make this customer a client: records today as the conversion date and opens a draft contract; past revenue stays customer revenue</source>
        <translation>Jadikan pelanggan ini klien: hari ini dicatat sebagai tanggal konversi dan draf kontrak dibuka; pendapatan sebelumnya tetap menjadi pendapatan pelanggan</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Why it holds</source>
        <translation>Alasan berlaku</translation>
    </message>
    <message>
        <source>Edit Profile…</source>
        <translation>Ubah Profil…</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Perilaku</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kuantitas</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promosi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Pembelian</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>New Contact…</source>
        <translation>Kontak Baru…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Log Interaction…</source>
        <translation>Catat Interaksi…</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaksi</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Peluang</translation>
    </message>
    <message>
        <source>Customer not found</source>
        <translation>Pelanggan tidak ditemukan</translation>
    </message>
    <message>
        <source>A prospect: no purchase yet. Its first sale makes it active.</source>
        <translation>Prospek: belum ada pembelian. Penjualan pertamanya akan menjadikannya aktif.</translation>
    </message>
    <message>
        <source>No purchase yet.</source>
        <translation>Belum ada pembelian.</translation>
    </message>
    <message>
        <source>%1 purchases from %2 to %3 · %4 in the last 12 months · average basket %5</source>
        <translation>%1 pembelian dari %2 sampai %3 · %4 dalam 12 bulan terakhir · rata-rata belanja %5</translation>
    </message>
    <message>
        <source>Given by a user.</source>
        <translation>Diberikan oleh pengguna.</translation>
    </message>
    <message>
        <source>Account manager:</source>
        <translation>Manajer akun:</translation>
    </message>
    <message>
        <source>Legal form:</source>
        <translation>Bentuk badan usaha:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Negara:</translation>
    </message>
    <message>
        <source>Tax id:</source>
        <translation>Nomor pajak:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <source>Bought:</source>
        <translation>Dibeli:</translation>
    </message>
    <message>
        <source>Customer since:</source>
        <translation>Pelanggan sejak:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <source>No purchases yet: Record Sale… adds the first.</source>
        <translation>Belum ada pembelian: Catat Penjualan… menambahkan pembelian pertama.</translation>
    </message>
    <message>
        <source>The latest %1 of %2 entries.</source>
        <translation>%1 entri terbaru dari %2.</translation>
    </message>
    <message>
        <source>%1 entries.</source>
        <translation>%1 entri.</translation>
    </message>
    <message>
        <source>Convert “%1” to a client?

Today becomes its conversion date and a draft contract is opened for it. Its past revenue stays customer revenue. You can undo this on the client&apos;s page while the draft contract is unsigned.</source>
        <translation>Jadikan “%1” klien?

Hari ini menjadi tanggal konversinya dan draf kontrak akan dibuka untuknya. Pendapatan sebelumnya tetap menjadi pendapatan pelanggan. Anda dapat membatalkannya di halaman klien selama draf kontrak belum ditandatangani.</translation>
    </message>
</context>
<context>
    <name>cd::CustomerStats</name>
    <message>
        <source>Clearing the figures failed</source>
        <translation>Gagal mengosongkan angka</translation>
    </message>
    <message>
        <source>Clearing the behaviour tags failed</source>
        <translation>Gagal mengosongkan tag perilaku</translation>
    </message>
    <message>
        <source>Saving the figures failed</source>
        <translation>Gagal menyimpan angka</translation>
    </message>
    <message>
        <source>Saving the tag “%1” failed</source>
        <translation>Gagal menyimpan tag “%1”</translation>
    </message>
    <message>
        <source>The behaviour tag settings are not usable: %1</source>
        <translation>Pengaturan tag perilaku tidak dapat digunakan: %1</translation>
    </message>
    <message>
        <source>Reading the account failed</source>
        <translation>Gagal membaca akun</translation>
    </message>
    <message>
        <source>Reading the purchases failed</source>
        <translation>Gagal membaca pembelian</translation>
    </message>
    <message>
        <source>Reading the interactions failed</source>
        <translation>Gagal membaca daftar interaksi</translation>
    </message>
    <message>
        <source>Reading the referrals failed</source>
        <translation>Gagal membaca rujukan</translation>
    </message>
    <message>
        <source>Reading the customers failed</source>
        <translation>Gagal membaca pelanggan</translation>
    </message>
    <message>
        <source>Counting the revenue entries failed</source>
        <translation>Gagal menghitung entri pendapatan</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>Reading the figures failed</source>
        <translation>Gagal membaca angka</translation>
    </message>
    <message>
        <source>Reading the behaviour tags failed</source>
        <translation>Gagal membaca tag perilaku</translation>
    </message>
    <message>
        <source>The purchases of account %1 add up to more than ClientDesk can count exactly; run &apos;clientdesk check&apos; to find the amounts that are too large.</source>
        <translation>Total pembelian akun %1 lebih dari yang dapat dihitung ClientDesk secara tepat; jalankan &apos;clientdesk check&apos; untuk menemukan jumlah yang terlalu besar.</translation>
    </message>
    <message>
        <source>Reading the customers in %1 failed</source>
        <translation>Gagal membaca pelanggan dengan mata uang %1</translation>
    </message>
</context>
<context>
    <name>cd::CustomersView</name>
    <message>
        <source>Save Segment</source>
        <translation>Simpan Segmen</translation>
    </message>
    <message>
        <source>Name of the segment (shared with everyone using this database):</source>
        <translation>Nama segmen (dibagikan ke semua pengguna basis data ini):</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Search customers by name</source>
        <translation>Cari pelanggan menurut nama</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Cari pelanggan</translation>
    </message>
    <message>
        <source>Saved segment</source>
        <translation>Segmen tersimpan</translation>
    </message>
    <message>
        <source>Save Segment…</source>
        <translation>Simpan Segmen…</translation>
    </message>
    <message>
        <source>Save these filters under a name everyone using this database can choose</source>
        <translation>Simpan filter ini dengan nama yang dapat dipilih oleh semua pengguna basis data ini</translation>
    </message>
    <message>
        <source>Delete Segment</source>
        <translation>Hapus Segmen</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Manajer akun</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industri</translation>
    </message>
    <message>
        <source>Product category bought</source>
        <translation>Kategori produk yang dibeli</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Semua kanal</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Pilih kolom yang ditampilkan</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Save the customers as listed (this filter and order, the columns shown) as CSV or XLSX</source>
        <translation>Simpan pelanggan sesuai daftar (filter dan urutan ini, kolom yang ditampilkan) sebagai CSV atau XLSX</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>pelanggan</translation>
    </message>
    <message>
        <source>Record &amp;Sale…</source>
        <translation>Catat &amp;Penjualan…</translation>
    </message>
    <message>
        <source>Record a sale to the selected customer (or choose one)</source>
        <translation>Catat penjualan ke pelanggan yang dipilih (atau pilih pelanggan)</translation>
    </message>
    <message>
        <source>Catalogue…</source>
        <translation>Katalog…</translation>
    </message>
    <message>
        <source>The standard products and services, their categories and list prices</source>
        <translation>Produk dan layanan standar, kategorinya, serta harga daftarnya</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segmen:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Bringing the behaviour tags up to date for today…</source>
        <translation>Memperbarui tag perilaku untuk hari ini…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Pembelian</translation>
    </message>
    <message>
        <source>Revenue, 12 months</source>
        <translation>Pendapatan, 12 bulan</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Pembelian terakhir</translation>
    </message>
    <message>
        <source>Active customers most likely to become clients, ranked by repeat purchases, spend, frequency, interactions and referrals. Open one to convert it.</source>
        <translation>Pelanggan aktif yang paling mungkin menjadi klien, diurutkan menurut pembelian berulang, nilai belanja, frekuensi, interaksi, dan rujukan. Buka salah satunya untuk menjadikannya klien.</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospek</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Dicatat</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Kontak terakhir</translation>
    </message>
    <message>
        <source>Open opportunities</source>
        <translation>Peluang terbuka</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>Nilai perkiraan</translation>
    </message>
    <message>
        <source>All Customers</source>
        <translation>Semua Pelanggan</translation>
    </message>
    <message>
        <source>Conversion Candidates</source>
        <translation>Kandidat Konversi</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospek</translation>
    </message>
    <message>
        <source>Behaviour Tags</source>
        <translation>Tag Perilaku</translation>
    </message>
    <message>
        <source>The behaviour tags could not be brought up to date; the list shows them as last computed. %1</source>
        <translation>Tag perilaku tidak dapat diperbarui; daftar menampilkan tag hasil perhitungan terakhir. %1</translation>
    </message>
    <message>
        <source>Any manager</source>
        <translation>Semua manajer</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Semua wilayah</translation>
    </message>
    <message>
        <source>Any industry</source>
        <translation>Semua industri</translation>
    </message>
    <message>
        <source>Any category bought</source>
        <translation>Semua kategori yang dibeli</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Semua tag</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>No customer looks ready to become a client yet: candidates need repeat purchases and a relationship.</source>
        <translation>Belum ada pelanggan yang tampak siap menjadi klien: kandidat memerlukan pembelian berulang dan hubungan yang terjalin.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>No prospects: every account has bought or signed.</source>
        <translation>Tidak ada prospek: setiap akun sudah membeli atau menandatangani kontrak.</translation>
    </message>
    <message>
        <source>%1 potential customers and clients with no revenue yet, most recently contacted first. A first sale or a signed contract makes one active.</source>
        <translation>%1 calon pelanggan dan klien yang belum menghasilkan pendapatan, diurutkan dari yang terakhir dihubungi. Penjualan pertama atau kontrak yang ditandatangani akan menjadikannya aktif.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Tidak ada basis data yang terbuka.</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 pelanggan</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 dari %2 pelanggan</translation>
    </message>
    <message>
        <source>There are no customers yet. Add them with File &gt; Import… or create a sample portfolio; their sales then build up their figures and tags.</source>
        <translation>Belum ada pelanggan. Tambahkan melalui Berkas &gt; Impor… atau buat portofolio contoh; penjualan mereka kemudian akan membentuk angka dan tag mereka.</translation>
    </message>
    <message>
        <source>No customer matches these filters.</source>
        <translation>Tidak ada pelanggan yang cocok dengan filter ini.</translation>
    </message>
    <message>
        <source>%1 + %2 not converted</source>
        <translation>%1 + %2 tidak dikonversi</translation>
    </message>
</context>
<context>
    <name>cd::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Segarkan</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Open work</source>
        <translation>Pekerjaan terbuka</translation>
    </message>
    <message>
        <source>Revenue in the last 12 months</source>
        <translation>Pendapatan 12 bulan terakhir</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <source>Notice deadlines and renewals, next 90 days</source>
        <translation>Batas pemberitahuan dan perpanjangan, 90 hari ke depan</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Tindak lanjut jatuh tempo</translation>
    </message>
    <message>
        <source>Requests past their service level</source>
        <translation>Permintaan yang melewati tingkat layanan</translation>
    </message>
    <message>
        <source>Clients at risk</source>
        <translation>Klien berisiko</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Per %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The figures cannot be shown. %1</source>
        <translation>Angka tidak dapat ditampilkan. %1</translation>
    </message>
    <message>
        <source>Nothing needs attention here.</source>
        <translation>Tidak ada yang perlu diperhatikan di sini.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Retainer hours and hour budgets at 80 % or more</source>
        <translation>Jam retainer dan anggaran jam pada 80 % atau lebih</translation>
    </message>
    <message>
        <source>Invoices overdue</source>
        <translation>Faktur lewat jatuh tempo</translation>
    </message>
    <message>
        <source>&amp;One List by Date</source>
        <translation>Satu &amp;Daftar menurut Tanggal</translation>
    </message>
    <message>
        <source>Everything below in one list by the day to act by, with filters; follow-ups can be marked done or snoozed there</source>
        <translation>Semua yang di bawah ini dalam satu daftar menurut tanggal tindakan, dengan filter; tindak lanjut dapat ditandai selesai atau ditunda di sana</translation>
    </message>
</context>
<context>
    <name>cd::Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 adalah folder, bukan berkas basis data.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Tidak ada basis data di %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Tidak dapat membuat folder %1 untuk basis data.</translation>
    </message>
    <message>
        <source>%1 cannot be read; check its permissions.</source>
        <translation>%1 tidak dapat dibaca; periksa izin aksesnya.</translation>
    </message>
    <message>
        <source>%1 is read-only; ClientDesk needs to write to its database. Check the file&apos;s permissions.</source>
        <translation>%1 hanya-baca; ClientDesk perlu menulis ke basis datanya. Periksa izin akses berkas tersebut.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 tidak dapat dibuka: %2.</translation>
    </message>
    <message>
        <source>%1 is not a ClientDesk database: it is not an SQLite file.</source>
        <translation>%1 bukan basis data ClientDesk: berkas ini bukan berkas SQLite.</translation>
    </message>
    <message>
        <source>%1: the database is busy or locked by another program; try again in a moment.</source>
        <translation>%1: basis data sedang sibuk atau dikunci oleh program lain; coba lagi sesaat lagi.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>No database was given.</source>
        <translation>Basis data tidak ditentukan.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Driver SQLite untuk Qt tidak terpasang (paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 tidak dapat digunakan: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of ClientDesk (schema version %2; this version knows up to %3). Update ClientDesk to open it.</source>
        <translation>%1 ditulis oleh versi ClientDesk yang lebih baru (versi skema %2; versi ini hanya mengenal hingga %3). Perbarui ClientDesk untuk membukanya.</translation>
    </message>
    <message>
        <source>%1 cannot be prepared for use</source>
        <translation>%1 tidak dapat disiapkan untuk digunakan</translation>
    </message>
    <message>
        <source>%1 could not be upgraded: %2</source>
        <translation>%1 tidak dapat ditingkatkan ke versi baru: %2</translation>
    </message>
    <message>
        <source>“%1” is not a database address; write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>“%1” bukan alamat basis data; tuliskan sebagai postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>%1 names no user; write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 tidak menyebutkan pengguna; tuliskan sebagai postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>%1: the TLS mode “%2” is not one of %3.</source>
        <translation>%1: mode TLS “%2” bukan salah satu dari %3.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>Driver PostgreSQL untuk Qt belum terpasang (paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server %1 did not accept the user “%2” with that password.</source>
        <translation>Server %1 tidak menerima pengguna “%2” dengan kata sandi tersebut.</translation>
    </message>
    <message>
        <source>The server %1 has no database “%2”; ask its administrator to create it.</source>
        <translation>Server %1 tidak memiliki basis data “%2”; minta administratornya untuk membuatnya.</translation>
    </message>
    <message>
        <source>The database server %1 does not answer; check the address and that the server is running.</source>
        <translation>Server basis data %1 tidak menjawab; periksa alamatnya dan pastikan server berjalan.</translation>
    </message>
    <message>
        <source>%1 holds no ClientDesk database.</source>
        <translation>%1 tidak berisi basis data ClientDesk.</translation>
    </message>
    <message>
        <source>%1: finding who is signed in failed</source>
        <translation>%1: gagal mengetahui siapa yang masuk</translation>
    </message>
    <message>
        <source>%1 has no active ClientDesk user who signs in as “%2”; a manager can add it with: clientdesk user NAME --login %2</source>
        <translation>%1 tidak memiliki pengguna ClientDesk aktif yang masuk sebagai “%2”; seorang manajer dapat menambahkannya dengan: clientdesk user NAME --login %2</translation>
    </message>
    <message>
        <source>%1: the connection to the database server was lost, so nothing was saved; try again once the server answers.</source>
        <translation>%1: sambungan ke server basis data terputus, jadi tidak ada yang disimpan; coba lagi setelah server menjawab.</translation>
    </message>
    <message>
        <source>%1: your sign-in may not change this; an account belongs to its account manager, and the firm&apos;s settings, products and users to the managers.</source>
        <translation>%1: nama masuk Anda tidak boleh mengubah ini; sebuah akun milik manajer akunnya, sedangkan pengaturan firma, produk, dan pengguna milik para manajer.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation>%1 tidak dapat dibuat: %2.</translation>
    </message>
    <message>
        <source>%1: an amount is larger than ClientDesk holds; the largest is 9999999999999.99 in a currency with two decimals (999999999999999 minor units), so nothing was saved.</source>
        <translation>%1: ada jumlah yang lebih besar daripada yang dapat ditampung ClientDesk; jumlah terbesar adalah 9999999999999.99 dalam mata uang dengan dua angka desimal (999999999999999 satuan terkecil), jadi tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>%1: the month&apos;s revenue would add up to more than ClientDesk can count exactly, so nothing was saved.</source>
        <translation>%1: total pendapatan bulan itu akan menjadi lebih dari yang dapat dihitung ClientDesk secara tepat, jadi tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>%1: the amounts add up to more than ClientDesk can count exactly; run &apos;clientdesk check&apos; to find the amounts that are too large.</source>
        <translation>%1: total jumlahnya lebih dari yang dapat dihitung ClientDesk secara tepat; jalankan &apos;clientdesk check&apos; untuk menemukan jumlah yang terlalu besar.</translation>
    </message>
    <message>
        <source>The server %1 does not let “%2” connect to the database “%3”: only ClientDesk users&apos; logins may; the database&apos;s owner lets one in with: clientdesk user NAME --login %2</source>
        <translation>Server %1 tidak mengizinkan “%2” tersambung ke basis data “%3”: hanya nama masuk milik pengguna ClientDesk yang boleh; pemilik basis data dapat memberinya akses dengan: clientdesk user NAME --login %2</translation>
    </message>
</context>
<context>
    <name>cd::DatabaseCopy</name>
    <message>
        <source>%1 is a server database; copy reads a ClientDesk file.</source>
        <translation>%1 adalah basis data server; copy membaca berkas ClientDesk.</translation>
    </message>
    <message>
        <source>%1 is not a database server; copy writes to PostgreSQL.</source>
        <translation>%1 bukan server basis data; copy menulis ke PostgreSQL.</translation>
    </message>
    <message>
        <source>%1 and %2 have different schema versions (%3 and %4).</source>
        <translation>%1 dan %2 memiliki versi skema yang berbeda (%3 dan %4).</translation>
    </message>
    <message>
        <source>Reading %1 failed</source>
        <translation>Gagal membaca %1</translation>
    </message>
    <message>
        <source>Reading the tables of %1 failed</source>
        <translation>Gagal membaca tabel-tabel %1</translation>
    </message>
    <message>
        <source>The table %1 of %2 is missing on %3; both must be at the same ClientDesk version.</source>
        <translation>Tabel %1 dari %2 tidak ada di %3; keduanya harus pada versi ClientDesk yang sama.</translation>
    </message>
    <message>
        <source>The column %1.%2 of %3 is missing on %4; both must be at the same ClientDesk version.</source>
        <translation>Kolom %1.%2 dari %3 tidak ada di %4; keduanya harus pada versi ClientDesk yang sama.</translation>
    </message>
    <message>
        <source>The tables of %1 refer to each other through required columns; they cannot be copied in any order.</source>
        <translation>Tabel-tabel %1 saling merujuk melalui kolom wajib; tabel-tabel itu tidak dapat disalin dalam urutan apa pun.</translation>
    </message>
    <message>
        <source>The table %1 refers to itself or to a later table but has no single primary key; it cannot be copied.</source>
        <translation>Tabel %1 merujuk ke dirinya sendiri atau ke tabel berikutnya tetapi tidak memiliki satu kunci utama; tabel itu tidak dapat disalin.</translation>
    </message>
    <message>
        <source>%1 already holds ClientDesk data (the table %2 has rows); copy writes only into an empty database.</source>
        <translation>%1 sudah berisi data ClientDesk (tabel %2 memiliki baris); copy hanya menulis ke basis data kosong.</translation>
    </message>
    <message>
        <source>Reading the tables</source>
        <translation>Membaca tabel</translation>
    </message>
    <message>
        <source>Switching the triggers of %1 failed</source>
        <translation>Gagal mengalihkan trigger %1</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation>Menyalin %1</translation>
    </message>
    <message>
        <source>Copying %1 failed; nothing was written to the server</source>
        <translation>Gagal menyalin %1; tidak ada yang ditulis ke server</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written to %1.</source>
        <translation>Penyalinan dibatalkan; tidak ada yang ditulis ke %1.</translation>
    </message>
    <message>
        <source>Linking %1</source>
        <translation>Menautkan %1</translation>
    </message>
    <message>
        <source>Moving the ids of %1 on after the copy failed</source>
        <translation>Gagal memajukan ID %1 setelah penyalinan</translation>
    </message>
    <message>
        <source>Checking the copy</source>
        <translation>Memeriksa salinan</translation>
    </message>
    <message>
        <source>The copy was undone: %1 has %2 rows in %3 but %4 on the server.</source>
        <translation>Penyalinan dibatalkan: %1 memiliki %2 baris di %3 tetapi %4 di server.</translation>
    </message>
    <message>
        <source>The copy was undone: the sum of %1.%2 %3 is %4 in %5 but %6 on the server.</source>
        <translation>Penyalinan dibatalkan: jumlah %1.%2 %3 adalah %4 di %5 tetapi %6 di server.</translation>
    </message>
    <message>
        <source>The copy was undone: the currencies of %1 differ on the server.</source>
        <translation>Penyalinan dibatalkan: mata uang %1 berbeda di server.</translation>
    </message>
    <message>
        <source>Saving on the server</source>
        <translation>Menyimpan di server</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Tersalin</translation>
    </message>
    <message>
        <source>Naming the audit log&apos;s users by id failed</source>
        <translation>Menandai pengguna log audit menurut id gagal</translation>
    </message>
</context>
<context>
    <name>cd::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
</context>
<context>
    <name>cd::DuplicateRules</name>
    <message>
        <source>same name</source>
        <translation>nama sama</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>email sama</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>telepon sama</translation>
    </message>
    <message>
        <source>same tax id</source>
        <translation>nomor pajak sama</translation>
    </message>
</context>
<context>
    <name>cd::DuplicatesDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Email: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telepon: %1</translation>
    </message>
    <message>
        <source>Tax id: %1</source>
        <translation>Nomor pajak: %1</translation>
    </message>
    <message>
        <source>Duplicate Accounts</source>
        <translation>Akun Duplikat</translation>
    </message>
    <message>
        <source>Merge Accounts</source>
        <translation>Gabungkan Akun</translation>
    </message>
    <message>
        <source>Accounts that look like the same business: the same name (ignoring case, punctuation and legal forms such as PT or Ltd), email, phone or tax id. Merging moves contacts, contracts, revenue, interactions and opportunities to the account you keep.</source>
        <translation>Akun yang tampaknya merupakan usaha yang sama: nama yang sama (mengabaikan huruf besar/kecil, tanda baca, dan bentuk badan usaha seperti PT atau Ltd), email, telepon, atau nomor pajak. Penggabungan memindahkan kontak, kontrak, pendapatan, interaksi, dan peluang ke akun yang Anda pertahankan.</translation>
    </message>
    <message>
        <source>First account</source>
        <translation>Akun pertama</translation>
    </message>
    <message>
        <source>Second account</source>
        <translation>Akun kedua</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Keep the &amp;First, Merge the Second into It</source>
        <translation>Pertahankan yang &amp;Pertama, Gabungkan yang Kedua ke Dalamnya</translation>
    </message>
    <message>
        <source>Keep the &amp;Second, Merge the First into It</source>
        <translation>Pertahankan yang &amp;Kedua, Gabungkan yang Pertama ke Dalamnya</translation>
    </message>
    <message>
        <source>&amp;Not Duplicates</source>
        <translation>&amp;Bukan Duplikat</translation>
    </message>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation>Mencari kemungkinan duplikat…</translation>
    </message>
    <message>
        <source>No likely duplicates: every account looks like a business of its own.</source>
        <translation>Tidak ada kemungkinan duplikat: setiap akun tampak sebagai usaha tersendiri.</translation>
    </message>
    <message>
        <source>Likely duplicate pairs: %1. Select one to merge it.</source>
        <translation>Pasangan yang kemungkinan duplikat: %1. Pilih salah satu untuk menggabungkannya.</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”? Its contacts, contracts, revenue, interactions and opportunities move to “%2”, and “%1” is deleted.</source>
        <translation>Gabungkan “%1” ke “%2”? Kontak, kontrak, pendapatan, interaksi, dan peluangnya dipindahkan ke “%2”, dan “%1” dihapus.</translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”: %3.</source>
        <translation>“%1” digabungkan ke “%2”: %3.</translation>
    </message>
    <message>
        <source>“%1” and “%2” will not be shown as duplicates again.</source>
        <translation>“%1” dan “%2” tidak akan ditampilkan sebagai duplikat lagi.</translation>
    </message>
</context>
<context>
    <name>cd::Enums</name>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospek</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Tidak aktif</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Mantan</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Perorangan</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Langsung</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Mitra penjual</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Pengambil keputusan</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Pembeli</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Penagihan</translation>
    </message>
    <message>
        <source>Monthly retainer</source>
        <translation>Retainer bulanan</translation>
    </message>
    <message>
        <source>Fixed fee</source>
        <translation>Biaya tetap</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Tarif per jam</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Diakhiri</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Sekali</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Mingguan</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Bulanan</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Kuartalan</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Tahunan</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>Sesuai permintaan</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Mendesak</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Sedang diproses</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospek</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Terkualifikasi</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negosiasi</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Menang</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Kalah</translation>
    </message>
    <message>
        <source>Client engagement</source>
        <translation>Kerja sama klien</translation>
    </message>
    <message>
        <source>Customer sale</source>
        <translation>Penjualan pelanggan</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manajer</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Manajer akun</translation>
    </message>
</context>
<context>
    <name>cd::ExchangeRate</name>
    <message>
        <source>“%1” is not an exchange rate; write a number above zero such as 16245.50 or 0.000061.</source>
        <translation>“%1” bukan kurs; tulis angka di atas nol seperti 16245.50 atau 0.000061.</translation>
    </message>
    <message>
        <source>The exchange rate is empty; write a number above zero such as 16245.50.</source>
        <translation>Kurs kosong; tulis angka di atas nol seperti 16245.50.</translation>
    </message>
    <message>
        <source>The exchange rate “%1” is negative; a rate is above zero.</source>
        <translation>Kurs “%1” negatif; kurs harus di atas nol.</translation>
    </message>
    <message>
        <source>The exchange rate “%1” has more than %2 decimals.</source>
        <translation>Kurs “%1” memiliki lebih dari %2 angka desimal.</translation>
    </message>
    <message>
        <source>The exchange rate “%1” is too large; the largest is 99999999.9999999999.</source>
        <translation>Kurs “%1” terlalu besar; kurs terbesar adalah 99999999.9999999999.</translation>
    </message>
    <message>
        <source>The exchange rate “%1” is zero; a rate is above zero.</source>
        <translation>Kurs “%1” bernilai nol; kurs harus di atas nol.</translation>
    </message>
</context>
<context>
    <name>cd::ExchangeRateModel</name>
    <message>
        <source>%1 %2 per %3</source>
        <translation>%1 %2 per %3</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3; 1 %3 = %4 %1</source>
        <translation>1 %1 = %2 %3; 1 %3 = %4 %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
</context>
<context>
    <name>cd::ExchangeRateStore</name>
    <message>
        <source>Reading the exchange rates failed</source>
        <translation>Gagal membaca kurs</translation>
    </message>
    <message>
        <source>Reading the exchange rate of %1 failed</source>
        <translation>Gagal membaca kurs %1</translation>
    </message>
    <message>
        <source>Saving the rate of %1 on %2 failed</source>
        <translation>Gagal menyimpan kurs %1 pada %2</translation>
    </message>
    <message>
        <source>Removing the rate of %1 on %2 failed</source>
        <translation>Gagal menghapus kurs %1 pada %2</translation>
    </message>
    <message>
        <source>Removing the exchange rates failed</source>
        <translation>Gagal menghapus kurs</translation>
    </message>
    <message>
        <source>Reading whether the database holds amounts failed</source>
        <translation>Gagal memeriksa apakah basis data berisi jumlah uang</translation>
    </message>
    <message>
        <source>Reading what is stored in %1 failed</source>
        <translation>Gagal membaca data yang tersimpan dalam %1</translation>
    </message>
    <message>
        <source>Revenue entry %1 (%2 %3 on %4) would convert to more than the largest amount in %5 at the rate of that day; check the rate.</source>
        <translation>Entri pendapatan %1 (%2 %3 pada %4) akan dikonversi menjadi lebih dari jumlah terbesar dalam %5 dengan kurs hari itu; periksa kurs tersebut.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Relabelling %1 as %2 failed</source>
        <translation>Gagal melabeli ulang %1 sebagai %2</translation>
    </message>
    <message>
        <source>Reading the first amount in %1 failed</source>
        <translation>Gagal membaca jumlah pertama dalam %1</translation>
    </message>
    <message>
        <source>Reading the revenue entries to convert</source>
        <translation>Membaca entri pendapatan yang akan dikonversi</translation>
    </message>
</context>
<context>
    <name>cd::ExchangeRatesPage</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Converting Amounts</source>
        <translation>Mengonversi Jumlah</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>T&amp;ambah…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tampilkan:</translation>
    </message>
    <message>
        <source>Only a manager changes exchange rates; ask one to add or correct a rate.</source>
        <translation>Hanya manajer yang dapat mengubah kurs; mintalah seorang manajer untuk menambahkan atau memperbaiki kurs.</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Semua mata uang</translation>
    </message>
    <message>
        <source>%1 of %2 rates</source>
        <translation>%1 dari %2 kurs</translation>
    </message>
    <message>
        <source>1 rate</source>
        <translation>1 kurs</translation>
    </message>
    <message>
        <source>%1 rates</source>
        <translation>%1 kurs</translation>
    </message>
    <message>
        <source>No exchange rates yet. Amounts in currencies other than %1 are left out of the figures until a rate on or before their date exists: add one with Add… (how many %1 one unit of the currency is worth on a day).</source>
        <translation>Belum ada kurs. Jumlah dalam mata uang selain %1 tidak disertakan dalam angka sampai ada kurs pada atau sebelum tanggalnya: tambahkan kurs dengan Tambah… (berapa %1 nilai satu unit mata uang tersebut pada suatu hari).</translation>
    </message>
    <message>
        <source>No exchange rates yet. Amounts in currencies other than %1 are left out of the figures until a manager adds rates.</source>
        <translation>Belum ada kurs. Jumlah dalam mata uang selain %1 tidak disertakan dalam angka sampai seorang manajer menambahkan kurs.</translation>
    </message>
    <message>
        <source>Replace Exchange Rate</source>
        <translation>Ganti Kurs</translation>
    </message>
    <message>
        <source>%1 already has a rate on %2: %3. Replace it with %4?</source>
        <translation>%1 sudah memiliki kurs pada %2: %3. Ganti dengan %4?</translation>
    </message>
    <message>
        <source>The stored rate is kept; choose another day or edit that rate.</source>
        <translation>Kurs yang tersimpan dipertahankan; pilih hari lain atau ubah kurs tersebut.</translation>
    </message>
    <message>
        <source>Converting the amounts the new rate applies to…</source>
        <translation>Mengonversi jumlah yang memakai kurs baru…</translation>
    </message>
    <message>
        <source>Converting the amounts the changed rate applies to…</source>
        <translation>Mengonversi jumlah yang memakai kurs yang diubah…</translation>
    </message>
    <message>
        <source>Delete the rate of %1 on %2 (%3)? Amounts from that day on convert at the rate before it, or are left out of the figures when there is none.</source>
        <translation>Hapus kurs %1 pada %2 (%3)? Jumlah sejak hari itu akan dikonversi dengan kurs sebelumnya, atau tidak disertakan dalam angka jika kurs sebelumnya tidak ada.</translation>
    </message>
    <message>
        <source>Delete Exchange Rate</source>
        <translation>Hapus Kurs</translation>
    </message>
    <message>
        <source>Converting the amounts the rate applied to…</source>
        <translation>Mengonversi jumlah yang sebelumnya memakai kurs ini…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <source>Add the rates of a CSV file with the columns date, currency and rate (how many %1 one unit of the currency is worth that day): all of them, or none when a line is wrong.</source>
        <translation>Tambahkan kurs dari berkas CSV dengan kolom date, currency, dan rate (berapa %1 nilai satu unit mata uang tersebut pada hari itu): semuanya, atau tidak sama sekali jika ada baris yang salah.</translation>
    </message>
    <message>
        <source>Import Exchange Rates</source>
        <translation>Impor Kurs</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Berkas CSV (*.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Importing the exchange rates of %1…</source>
        <translation>Mengimpor kurs dari %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Impor dibatalkan; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>1 exchange rate imported from %1.</source>
        <translation>1 kurs diimpor dari %1.</translation>
    </message>
    <message>
        <source>%1 exchange rates imported from %2.</source>
        <translation>%1 kurs diimpor dari %2.</translation>
    </message>
    <message>
        <source>%1 holds no rates; nothing was imported.</source>
        <translation>%1 tidak berisi kurs; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>%1: nothing was imported; these lines cannot be (%2):</source>
        <translation>%1: tidak ada yang diimpor; baris-baris berikut tidak dapat diimpor (%2):</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Baris %1, %2: %3</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… dan %1 lainnya.</translation>
    </message>
</context>
<context>
    <name>cd::Exporter</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 tidak dapat ditulis: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation>%1 tidak dapat ditulis: folder %2 tidak ada.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>Counting the %1</source>
        <translation>Menghitung %1</translation>
    </message>
    <message>
        <source>Reading the contact roles</source>
        <translation>Membaca peran kontak</translation>
    </message>
    <message>
        <source>Reading the %1</source>
        <translation>Membaca %1</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>Ekspor dibatalkan; %1 tidak ditulis.</translation>
    </message>
    <message>
        <source>Counting the time entries</source>
        <translation>Menghitung catatan waktu</translation>
    </message>
    <message>
        <source>Reading the time entries</source>
        <translation>Membaca catatan waktu</translation>
    </message>
</context>
<context>
    <name>cd::FirmProfileDialog</name>
    <message>
        <source>Firm Profile</source>
        <translation>Profil Firma</translation>
    </message>
    <message>
        <source>As it heads every report</source>
        <translation>Sebagaimana tertera di kepala setiap laporan</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Firm name:</source>
        <translation>Nama firma:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Choose the Firm&apos;s Logo</source>
        <translation>Pilih Logo Firma</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Tanpa logo</translation>
    </message>
    <message>
        <source>%1 is not a picture ClientDesk can read (%2). Choose a PNG, JPEG or SVG file.</source>
        <translation>%1 bukan gambar yang dapat dibaca ClientDesk (%2). Pilih berkas PNG, JPEG, atau SVG.</translation>
    </message>
    <message>
        <source>NPWP, printed on invoices</source>
        <translation>NPWP, dicetak pada faktur</translation>
    </message>
    <message>
        <source>Bank Central Asia, KCU Sudirman</source>
        <translation>Bank Central Asia, KCU Sudirman</translation>
    </message>
    <message>
        <source>The name the account is held in</source>
        <translation>Nama pemilik rekening</translation>
    </message>
    <message>
        <source>SWIFT code, branch, anything else a payer needs</source>
        <translation>Kode SWIFT, cabang, dan apa pun yang diperlukan pembayar</translation>
    </message>
    <message>
        <source>Tax id (NPWP):</source>
        <translation>NPWP:</translation>
    </message>
    <message>
        <source>Invoices ask to be paid into:</source>
        <translation>Faktur meminta pembayaran ke:</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Bank:</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>Atas nama:</translation>
    </message>
    <message>
        <source>Account number:</source>
        <translation>Nomor rekening:</translation>
    </message>
    <message>
        <source>Payment note:</source>
        <translation>Catatan pembayaran:</translation>
    </message>
</context>
<context>
    <name>cd::HoursBar</name>
    <message>
        <source>%1 of %2 hours used (%3&#xa0;%)</source>
        <translation>%1 dari %2 jam terpakai (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>%1&#xa0;%</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>cd::HoursTrend</name>
    <message>
        <source>Hours used per month:</source>
        <translation>Jam terpakai per bulan:</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4&#xa0;%)</source>
        <translation>%1: %2 dari %3 (%4&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>cd::ImportWizard</name>
    <message>
        <source>Accounts (clients and customers)</source>
        <translation>Akun (klien dan pelanggan)</translation>
    </message>
    <message>
        <source>Contacts of accounts</source>
        <translation>Kontak akun</translation>
    </message>
    <message>
        <source>Contracts of clients</source>
        <translation>Kontrak klien</translation>
    </message>
    <message>
        <source>Revenue entries</source>
        <translation>Entri pendapatan</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8 dengan BOM (byte order mark)</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>Lewati baris ini</translation>
    </message>
    <message>
        <source>Merge into the existing account</source>
        <translation>Gabungkan ke akun yang sudah ada</translation>
    </message>
    <message>
        <source>Create a new account anyway</source>
        <translation>Tetap buat akun baru</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>Pilih Berkas</translation>
    </message>
    <message>
        <source>A CSV file with a header line naming the columns, separated by commas or semicolons.</source>
        <translation>Berkas CSV dengan baris judul yang menamai kolom-kolomnya, dipisahkan dengan koma atau titik koma.</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Jalur berkas .csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>Import accounts first, then their contacts and contracts, then revenue: rows name their account, and the account must exist.</source>
        <translation>Impor akun terlebih dahulu, lalu kontak dan kontraknya, kemudian pendapatan: setiap baris menyebutkan akunnya, dan akun tersebut harus sudah ada.</translation>
    </message>
    <message>
        <source>&amp;What the file holds:</source>
        <translation>&amp;Isi berkas:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>Import File</source>
        <translation>Impor Berkas</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Berkas CSV (*.csv *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <source>%1: %2 rows and %3 columns, separated by %4, in %5.</source>
        <translation>%1: %2 baris dan %3 kolom, dipisahkan dengan %4, dalam %5.</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>titik koma</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>koma</translation>
    </message>
    <message>
        <source>Match the Columns</source>
        <translation>Cocokkan Kolom</translation>
    </message>
    <message>
        <source>Each field takes the file&apos;s column of the same name. Change the choice where the file names a column differently.</source>
        <translation>Setiap bidang mengambil kolom berkas yang bernama sama. Ubah pilihan jika berkas menamai kolom secara berbeda.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Kolom berkas</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Baris pertama berkas:</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (wajib)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(tidak diimpor)</translation>
    </message>
    <message>
        <source>Check the Rows</source>
        <translation>Periksa Baris</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written.</source>
        <translation>Setiap baris diperiksa sebelum ada yang ditulis.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>No. baris</translation>
    </message>
    <message>
        <source>Row of the file</source>
        <translation>Baris dalam berkas</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Mirip dengan</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Checking %1 rows…</source>
        <translation>Memeriksa %1 baris…</translation>
    </message>
    <message>
        <source>All %1 rows are fine: %2 will be imported.</source>
        <translation>Semua %1 baris valid: %2 akan diimpor.</translation>
    </message>
    <message>
        <source>%1 of %2 rows have problems; as long as they do, nothing is imported. Fix them in the file and import it again, or import the other rows.</source>
        <translation>%1 dari %2 baris bermasalah; selama masalahnya belum diperbaiki, tidak ada yang diimpor. Perbaiki di berkas lalu impor lagi, atau impor baris lainnya.</translation>
    </message>
    <message>
        <source>Import the %1 valid rows and save the rows with problems to %2</source>
        <translation>Impor %1 baris yang valid dan simpan baris bermasalah ke %2</translation>
    </message>
    <message>
        <source>Line %1 · %2: %3</source>
        <translation>Baris %1 · %2: %3</translation>
    </message>
    <message>
        <source>… and %1 more. Every row with a problem is saved with its reasons when you import the valid rows.</source>
        <translation>… dan %1 lainnya. Setiap baris bermasalah disimpan beserta alasannya saat Anda mengimpor baris yang valid.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, line %2 of the file (%3)</source>
        <translation>%1, baris %2 dalam berkas (%3)</translation>
    </message>
    <message>
        <source>%1 rows look like accounts already there. Choose for each what to do:</source>
        <translation>%1 baris tampaknya merupakan akun yang sudah ada. Pilih tindakan untuk masing-masing:</translation>
    </message>
    <message>
        <source>For the other %1 likely duplicates:</source>
        <translation>Untuk %1 kemungkinan duplikat lainnya:</translation>
    </message>
    <message>
        <source>All rows are written in one transaction: Cancel or a failure leaves the database as it was.</source>
        <translation>Semua baris ditulis dalam satu transaksi: Batal atau kegagalan membuat basis data tetap seperti semula.</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Batalkan Impor</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Mengimpor %1…</translation>
    </message>
    <message>
        <source>Nothing was imported: the database changed after the check, and %1 rows no longer pass it (the first: %2).</source>
        <translation>Tidak ada yang diimpor: basis data berubah setelah pemeriksaan, dan %1 baris tidak lagi lolos pemeriksaan (yang pertama: %2).</translation>
    </message>
    <message>
        <source>The database is as it was before the import.</source>
        <translation>Basis data tetap seperti sebelum impor.</translation>
    </message>
    <message>
        <source>Imported %1 new records from %2.</source>
        <translation>Berhasil mengimpor %1 data baru dari %2.</translation>
    </message>
    <message>
        <source>Merged into existing accounts: %1.</source>
        <translation>Digabungkan ke akun yang sudah ada: %1.</translation>
    </message>
    <message>
        <source>Skipped as likely duplicates: %1.</source>
        <translation>Dilewati sebagai kemungkinan duplikat: %1.</translation>
    </message>
    <message>
        <source>The %1 rows with problems are in %2, with the reasons.</source>
        <translation>%1 baris bermasalah ada di %2, beserta alasannya.</translation>
    </message>
    <message>
        <source>Exchange rates (date, currency, rate)</source>
        <translation>Kurs (date, currency, rate)</translation>
    </message>
    <message>
        <source>Time entries (date, person, account, minutes)</source>
        <translation>Catatan waktu (date, person, account, minutes)</translation>
    </message>
</context>
<context>
    <name>cd::Importer</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1: “%2” looks like the account “%3” (id %4): %5</source>
        <translation>%1: “%2” tampak sama dengan akun “%3” (id %4): %5</translation>
    </message>
    <message>
        <source>%1: “%2” looks like “%3” on line %4 of the file: %5</source>
        <translation>%1: “%2” tampak sama dengan “%3” pada baris %4 berkas ini: %5</translation>
    </message>
    <message>
        <source>column %1 has no name in the header</source>
        <translation>kolom %1 tidak memiliki nama di baris judul</translation>
    </message>
    <message>
        <source>the column %1 is not one of the %2 columns</source>
        <translation>kolom %1 bukan salah satu kolom %2</translation>
    </message>
    <message>
        <source>the column %1 appears twice</source>
        <translation>kolom %1 muncul dua kali</translation>
    </message>
    <message>
        <source>the required column %1 is missing</source>
        <translation>kolom wajib %1 tidak ada</translation>
    </message>
    <message>
        <source>%1, line %2: %3. The columns of %4 are: %5.</source>
        <translation>%1, baris %2: %3. Kolom %4 adalah: %5.</translation>
    </message>
    <message>
        <source>choose a column for %1</source>
        <translation>pilih kolom untuk %1</translation>
    </message>
    <message>
        <source>%1 is mapped to a column the file does not have</source>
        <translation>%1 dipetakan ke kolom yang tidak ada di berkas</translation>
    </message>
    <message>
        <source>the column %1 is chosen for two fields</source>
        <translation>kolom %1 dipilih untuk dua bidang</translation>
    </message>
    <message>
        <source>The columns do not fit: %1.</source>
        <translation>Kolom tidak cocok: %1.</translation>
    </message>
    <message>
        <source>%1 has a header (line %2) but no rows: there is nothing to import.</source>
        <translation>%1 memiliki baris judul (baris %2) tetapi tidak memiliki baris data: tidak ada yang dapat diimpor.</translation>
    </message>
    <message>
        <source>row</source>
        <translation>baris</translation>
    </message>
    <message>
        <source>the header has %1 columns but this row has %2</source>
        <translation>baris judul memiliki %1 kolom tetapi baris ini memiliki %2</translation>
    </message>
    <message>
        <source>is empty; it is required</source>
        <translation>kosong; wajib diisi</translation>
    </message>
    <message>
        <source>%1 is not a date; write dates as YYYY-MM-DD, such as 2024-03-31</source>
        <translation>%1 bukan tanggal; tulis tanggal sebagai YYYY-MM-DD, misalnya 2024-03-31</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar</source>
        <translation>%1 bukan tanggal yang ada di kalender</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 bukan bilangan bulat</translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation>%1 kurang dari %2</translation>
    </message>
    <message>
        <source>%1 is not yes or no</source>
        <translation>%1 bukan “yes” atau “no”</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 bukan salah satu dari %2</translation>
    </message>
    <message>
        <source>there is no account named %1</source>
        <translation>tidak ada akun bernama %1</translation>
    </message>
    <message>
        <source>several accounts are named %1; rename all but one of them first</source>
        <translation>beberapa akun bernama %1; ganti dulu nama semuanya kecuali satu</translation>
    </message>
    <message>
        <source>%1 is not an email address</source>
        <translation>%1 bukan alamat email</translation>
    </message>
    <message>
        <source>several accounts are named %1</source>
        <translation>beberapa akun bernama %1</translation>
    </message>
    <message>
        <source>there is no account named %1 in the database or earlier in the file</source>
        <translation>tidak ada akun bernama %1 di basis data maupun di baris sebelumnya dalam berkas</translation>
    </message>
    <message>
        <source>%1 is a customer; contracts belong to clients, so convert it to a client first</source>
        <translation>%1 adalah pelanggan; kontrak hanya dimiliki klien, jadi jadikan klien terlebih dahulu</translation>
    </message>
    <message>
        <source>the contract %1 exists already</source>
        <translation>kontrak %1 sudah ada</translation>
    </message>
    <message>
        <source>the contract %1 is on line %2 already</source>
        <translation>kontrak %1 sudah ada di baris %2</translation>
    </message>
    <message>
        <source>a fee cannot be negative</source>
        <translation>biaya tidak boleh negatif</translation>
    </message>
    <message>
        <source>%1 is before the start %2</source>
        <translation>%1 lebih awal dari tanggal mulai %2</translation>
    </message>
    <message>
        <source>an hourly contract needs the estimated hours</source>
        <translation>kontrak per jam memerlukan perkiraan jumlah jam</translation>
    </message>
    <message>
        <source>a contract that renews automatically needs the renewal term in months</source>
        <translation>kontrak dengan perpanjangan otomatis memerlukan jangka waktu perpanjangan dalam bulan</translation>
    </message>
    <message>
        <source>is 0; a revenue entry needs an amount</source>
        <translation>bernilai 0; entri pendapatan memerlukan jumlah</translation>
    </message>
    <message>
        <source>a discount cannot be negative</source>
        <translation>diskon tidak boleh negatif</translation>
    </message>
    <message>
        <source>there is no contract %1</source>
        <translation>kontrak %1 tidak ada</translation>
    </message>
    <message>
        <source>the contract %1 belongs to another account</source>
        <translation>kontrak %1 milik akun lain</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Tanpa kategori</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was imported.</source>
        <translation>Impor %1 dibatalkan; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>New account managers: %1</source>
        <translation>Manajer akun baru: %1</translation>
    </message>
    <message>
        <source>New products: %1</source>
        <translation>Produk baru: %1</translation>
    </message>
    <message>
        <source>%1: new records: %2, merged: %3, skipped: %4, left out: %5</source>
        <translation>%1: data baru: %2, digabungkan: %3, dilewati: %4, tidak disertakan: %5</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Line %1 of %2 (“%3”) merged into this account</source>
        <translation>Baris %1 dari %2 (“%3”) digabungkan ke akun ini</translation>
    </message>
    <message>
        <source>contains the control character %1 (character %2), which cannot be stored; remove it</source>
        <translation>mengandung karakter kontrol %1 (karakter ke-%2), yang tidak dapat disimpan; hapus karakter itu</translation>
    </message>
    <message>
        <source>the new product&apos;s price, amount plus discount, is too large. %1</source>
        <translation>harga produk baru, yaitu jumlah ditambah diskon, terlalu besar. %1</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code such as IDR, USD or SGD</source>
        <translation>%1 bukan kode mata uang ISO 4217 seperti IDR, USD, atau SGD</translation>
    </message>
    <message>
        <source>%1 is the firm&apos;s currency, which needs no rate (it is always 1)</source>
        <translation>%1 adalah mata uang firma, yang tidak memerlukan kurs (kursnya selalu 1)</translation>
    </message>
    <message>
        <source>%1 has a rate on %2 already (%3); change it in Settings or leave this line out</source>
        <translation>%1 sudah memiliki kurs pada %2 (%3); ubah kurs itu di Pengaturan atau lewati baris ini</translation>
    </message>
    <message>
        <source>line %1 has a rate of %2 on %3 already; a currency has one rate a day</source>
        <translation>baris %1 sudah berisi kurs %2 pada %3; satu mata uang hanya memiliki satu kurs per hari</translation>
    </message>
    <message>
        <source>the value of the entry, minutes × rate ÷ 60, is too large. %1</source>
        <translation>nilai catatan, yaitu minutes × rate ÷ 60, terlalu besar. %1</translation>
    </message>
    <message>
        <source>there is no service request number %1</source>
        <translation>tidak ada permintaan layanan nomor %1</translation>
    </message>
    <message>
        <source>the service request %1 belongs to another account, not to %2</source>
        <translation>permintaan layanan %1 milik akun lain, bukan milik %2</translation>
    </message>
    <message>
        <source>%1 is not a whole number of minutes</source>
        <translation>%1 bukan jumlah menit yang bulat</translation>
    </message>
    <message>
        <source>%1 minutes: an entry needs at least 1 minute</source>
        <translation>%1 menit: satu catatan memerlukan minimal 1 menit</translation>
    </message>
    <message>
        <source>%1 minutes is more than the 24 hours (1440 minutes) of a day</source>
        <translation>%1 menit melebihi 24 jam (1440 menit) dalam sehari</translation>
    </message>
    <message>
        <source>%1 would log %2 on %3 (%4 stored already, %5 on earlier lines of the file); a person logs at most 24:00 a day</source>
        <translation>%1 akan mencatat %2 pada %3 (%4 sudah tersimpan, %5 di baris-baris sebelumnya dalam berkas); satu orang mencatat paling banyak 24:00 per hari</translation>
    </message>
</context>
<context>
    <name>cd::InstalmentDialog</name>
    <message>
        <source>New Instalment</source>
        <translation>Termin Baru</translation>
    </message>
    <message>
        <source>Edit Instalment</source>
        <translation>Ubah Termin</translation>
    </message>
    <message>
        <source>Instalment (billed when due)</source>
        <translation>Termin (ditagih saat jatuh tempo)</translation>
    </message>
    <message>
        <source>Milestone (billed once done)</source>
        <translation>Milestone (ditagih setelah selesai)</translation>
    </message>
    <message>
        <source>e.g. Design phase</source>
        <translation>mis. Tahap desain</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Selesai pada</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Deskripsi:</translation>
    </message>
    <message>
        <source>D&amp;ue on:</source>
        <translation>Jatuh &amp;tempo:</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>J&amp;umlah (%1):</translation>
    </message>
    <message>
        <source>Milestone:</source>
        <translation>Milestone:</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>Masukkan jumlahnya.</translation>
    </message>
</context>
<context>
    <name>cd::InstalmentSection</name>
    <message>
        <source>Instalments and milestones</source>
        <translation>Termin dan milestone</translation>
    </message>
    <message>
        <source>ClientDesk</source>
        <translation>ClientDesk</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Selesai pada</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktur</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Changes to the schedule are saved at once.</source>
        <translation>Perubahan jadwal langsung disimpan.</translation>
    </message>
    <message>
        <source>on a draft</source>
        <translation>di draf</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
    <message>
        <source>Save the contract first; then add its instalments or milestones here.</source>
        <translation>Simpan kontrak terlebih dahulu; lalu tambahkan termin atau milestone-nya di sini.</translation>
    </message>
    <message>
        <source>Scheduled: %1 of the fee %2.</source>
        <translation>Terjadwal: %1 dari biaya %2.</translation>
    </message>
    <message>
        <source>%1 is not scheduled yet.</source>
        <translation>%1 belum dijadwalkan.</translation>
    </message>
    <message>
        <source>That is %1 more than the fee.</source>
        <translation>Itu %1 lebih besar daripada biaya.</translation>
    </message>
    <message>
        <source>Remove “%1” from the schedule?</source>
        <translation>Hapus “%1” dari jadwal?</translation>
    </message>
</context>
<context>
    <name>cd::InstalmentStore</name>
    <message>
        <source>Reading the instalments of the contract failed</source>
        <translation>Gagal membaca termin kontrak</translation>
    </message>
    <message>
        <source>Reading the instalment failed</source>
        <translation>Gagal membaca termin</translation>
    </message>
    <message>
        <source>There is no instalment with id %1.</source>
        <translation>Tidak ada termin dengan id %1.</translation>
    </message>
    <message>
        <source>Reading which instalments are billed failed</source>
        <translation>Gagal membaca termin mana yang sudah ditagih</translation>
    </message>
    <message>
        <source>Reading whether the instalment is billed failed</source>
        <translation>Gagal membaca apakah termin sudah ditagih</translation>
    </message>
    <message>
        <source>Saving the instalment failed</source>
        <translation>Gagal menyimpan termin</translation>
    </message>
    <message>
        <source>Removing the instalment failed</source>
        <translation>Gagal menghapus termin</translation>
    </message>
    <message>
        <source>Counting the instalments of the contract failed</source>
        <translation>Gagal menghitung termin kontrak</translation>
    </message>
</context>
<context>
    <name>cd::IntegrityCheck</name>
    <message>
        <source>Revenue entry %1 of %2 is dated before the account became a client on %3, but is booked as client revenue.</source>
        <translation>Entri pendapatan %1 milik %2 bertanggal sebelum akun tersebut menjadi klien pada %3, tetapi dicatat sebagai pendapatan klien.</translation>
    </message>
    <message>
        <source>Revenue entry %1 of %2 refers to contract %3, which belongs to another account.</source>
        <translation>Entri pendapatan %1 milik %2 merujuk ke kontrak %3, yang dimiliki akun lain.</translation>
    </message>
    <message>
        <source>Contract %1 belongs to %2, which is a %3, not a client.</source>
        <translation>Kontrak %1 milik %2, yang merupakan %3, bukan klien.</translation>
    </message>
    <message>
        <source>Opportunity %1 (%2) is at stage %3, but its stage history ends elsewhere.</source>
        <translation>Peluang %1 (%2) berada di tahap %3, tetapi riwayat tahapnya berakhir di tahap lain.</translation>
    </message>
    <message>
        <source>Account %1 (%2) is recorded as referred by itself.</source>
        <translation>Akun %1 (%2) tercatat sebagai dirujuk oleh dirinya sendiri.</translation>
    </message>
    <message>
        <source>Running SQLite&apos;s integrity check</source>
        <translation>Menjalankan pemeriksaan integritas SQLite</translation>
    </message>
    <message>
        <source>SQLite reports damage: %1</source>
        <translation>SQLite melaporkan kerusakan: %1</translation>
    </message>
    <message>
        <source>Running SQLite&apos;s foreign key check</source>
        <translation>Menjalankan pemeriksaan kunci asing SQLite</translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a row of %3 that does not exist.</source>
        <translation>Baris %1 dari %2 merujuk ke baris %3 yang tidak ada.</translation>
    </message>
    <message>
        <source>… and %1 more rows that refer to missing rows.</source>
        <translation>… dan %1 baris lain yang merujuk ke baris yang hilang.</translation>
    </message>
    <message>
        <source>Checking ClientDesk&apos;s rules</source>
        <translation>Memeriksa aturan ClientDesk</translation>
    </message>
    <message>
        <source>… and %1 more like the last one.</source>
        <translation>… dan %1 lagi seperti yang terakhir.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 tidak dapat dibaca: %2.</translation>
    </message>
    <message>
        <source>%1 does not start like an SQLite file any more.</source>
        <translation>Awal %1 tidak lagi seperti berkas SQLite.</translation>
    </message>
    <message>
        <source>Revenue entry %1 of %2 holds %3 (in minor units), beyond the largest amount ClientDesk accepts, 999999999999999.</source>
        <translation>Entri pendapatan %1 milik %2 berisi %3 (dalam satuan terkecil), melebihi jumlah terbesar yang diterima ClientDesk, yaitu 999999999999999.</translation>
    </message>
    <message>
        <source>Contract %1 of %2 has the fee %3 (in minor units), beyond the largest amount ClientDesk accepts, 999999999999999.</source>
        <translation>Kontrak %1 milik %2 memiliki biaya %3 (dalam satuan terkecil), melebihi jumlah terbesar yang diterima ClientDesk, yaitu 999999999999999.</translation>
    </message>
    <message>
        <source>The product %1 has the list price %2 (in minor units), beyond the largest amount ClientDesk accepts, 999999999999999.</source>
        <translation>Produk %1 memiliki harga daftar %2 (dalam satuan terkecil), melebihi jumlah terbesar yang diterima ClientDesk, yaitu 999999999999999.</translation>
    </message>
    <message>
        <source>Opportunity %1 (%2) has the expected value %3 (in minor units), beyond the largest amount ClientDesk accepts, 999999999999999.</source>
        <translation>Peluang %1 (%2) memiliki nilai perkiraan %3 (dalam satuan terkecil), melebihi jumlah terbesar yang diterima ClientDesk, yaitu 999999999999999.</translation>
    </message>
    <message>
        <source>Revenue entry %1 of %2 is dated %3, outside the dates ClientDesk accepts, 1900-01-01 to 2199-12-31.</source>
        <translation>Entri pendapatan %1 milik %2 bertanggal %3, di luar rentang tanggal yang diterima ClientDesk, 1900-01-01 sampai 2199-12-31.</translation>
    </message>
    <message>
        <source>Contract %1 runs from %2 to %3, outside the dates ClientDesk accepts, 1900-01-01 to 2199-12-31.</source>
        <translation>Kontrak %1 berlaku dari %2 sampai %3, di luar rentang tanggal yang diterima ClientDesk, 1900-01-01 sampai 2199-12-31.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>izin akses ditolak</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>berkas tersebut tidak ada</translation>
    </message>
    <message>
        <source>Checking the converted amounts failed</source>
        <translation>Gagal memeriksa jumlah hasil konversi</translation>
    </message>
    <message>
        <source>nothing (no rate)</source>
        <translation>tidak ada (tanpa kurs)</translation>
    </message>
    <message>
        <source>Revenue entry %1 of %2 (%3 %4 on %5) is stored as %6 in the firm&apos;s currency, but the exchange rates give %7.</source>
        <translation>Entri pendapatan %1 milik %2 (%3 %4 pada %5) tersimpan sebagai %6 dalam mata uang firma, tetapi kurs menghasilkan %7.</translation>
    </message>
    <message>
        <source>Time entry %1 of %2 (%3 %4 on %5) is stored as %6 in the firm&apos;s currency, but the exchange rates give %7.</source>
        <translation>Catatan waktu %1 milik %2 (%3 %4 pada %5) tersimpan sebagai %6 dalam mata uang firma, tetapi kurs menghasilkan %7.</translation>
    </message>
    <message>
        <source>Invoice %1 has net/tax/total %2 (in minor units), but its lines add up to %3.</source>
        <translation>Faktur %1 memiliki DPP/pajak/total %2 (dalam satuan terkecil), tetapi jumlah barisnya %3.</translation>
    </message>
    <message>
        <source>Invoice %1 records %2 paid (in minor units), but its payments add up to %3.</source>
        <translation>Faktur %1 mencatat %2 dibayar (dalam satuan terkecil), tetapi jumlah pembayarannya %3.</translation>
    </message>
    <message>
        <source>Invoice %1 should have %2 of revenue booked (in minor units), but its revenue entries add up to %3.</source>
        <translation>Faktur %1 seharusnya membukukan pendapatan %2 (dalam satuan terkecil), tetapi jumlah entri pendapatannya %3.</translation>
    </message>
</context>
<context>
    <name>cd::InteractionDialog</name>
    <message>
        <source>Log Interaction</source>
        <translation>Catat Interaksi</translation>
    </message>
    <message>
        <source>e.g. Discussed next year&apos;s budget</source>
        <translation>mis. Membahas anggaran tahun depan</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Tidak ada kontak tertentu</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Tindak lanjut pada</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Waktu:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subjek:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontak:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Tindak lanjut:</translation>
    </message>
</context>
<context>
    <name>cd::InteractionRepository</name>
    <message>
        <source>The interaction “%1” needs an account.</source>
        <translation>Interaksi “%1” memerlukan akun.</translation>
    </message>
    <message>
        <source>An interaction needs a subject.</source>
        <translation>Interaksi memerlukan subjek.</translation>
    </message>
    <message>
        <source>The interaction “%1” needs the date and time it happened.</source>
        <translation>Interaksi “%1” memerlukan tanggal dan waktu terjadinya.</translation>
    </message>
    <message>
        <source>The interaction “%1” on %2 lies in the future; record it once it has happened, or plan it as a follow-up.</source>
        <translation>Interaksi “%1” pada %2 berada di masa depan; catat setelah terjadi, atau rencanakan sebagai tindak lanjut.</translation>
    </message>
    <message>
        <source>The follow-up on %1 is before the interaction on %2.</source>
        <translation>Tindak lanjut pada %1 lebih awal dari interaksi pada %2.</translation>
    </message>
    <message>
        <source>The interaction “%1” has no follow-up date, so its follow-up cannot be done.</source>
        <translation>Interaksi “%1” tidak memiliki tanggal tindak lanjut, sehingga tindak lanjutnya tidak dapat diselesaikan.</translation>
    </message>
    <message>
        <source>Checking the account failed</source>
        <translation>Gagal memeriksa akun</translation>
    </message>
    <message>
        <source>There is no account with id %1 for the interaction “%2”.</source>
        <translation>Tidak ada akun dengan id %1 untuk interaksi “%2”.</translation>
    </message>
    <message>
        <source>Checking the contact failed</source>
        <translation>Gagal memeriksa kontak</translation>
    </message>
    <message>
        <source>There is no contact with id %1 for the interaction “%2”.</source>
        <translation>Tidak ada kontak dengan id %1 untuk interaksi “%2”.</translation>
    </message>
    <message>
        <source>The contact with id %1 belongs to another account than the interaction “%2”.</source>
        <translation>Kontak dengan id %1 milik akun yang berbeda dari akun interaksi “%2”.</translation>
    </message>
    <message>
        <source>Checking the user failed</source>
        <translation>Gagal memeriksa pengguna</translation>
    </message>
    <message>
        <source>There is no user with id %1 for the interaction “%2”.</source>
        <translation>Tidak ada pengguna dengan id %1 untuk interaksi “%2”.</translation>
    </message>
    <message>
        <source>The interaction “%1” has no id to be stored again under.</source>
        <translation>Interaksi “%1” tidak memiliki id untuk disimpan kembali.</translation>
    </message>
    <message>
        <source>Saving the interaction “%1” failed</source>
        <translation>Gagal menyimpan interaksi “%1”</translation>
    </message>
    <message>
        <source>The interaction “%1” has not been saved yet, so it cannot be updated.</source>
        <translation>Interaksi “%1” belum disimpan, sehingga tidak dapat diperbarui.</translation>
    </message>
    <message>
        <source>Reading the interaction failed</source>
        <translation>Gagal membaca interaksi</translation>
    </message>
    <message>
        <source>The interaction “%1” no longer exists; someone else deleted it.</source>
        <translation>Interaksi “%1” sudah tidak ada; orang lain telah menghapusnya.</translation>
    </message>
    <message>
        <source>Someone else changed this interaction since you opened it; reload it and try again.</source>
        <translation>Orang lain telah mengubah interaksi ini sejak Anda membukanya; muat ulang lalu coba lagi.</translation>
    </message>
    <message>
        <source>There is no interaction with id %1.</source>
        <translation>Tidak ada interaksi dengan id %1.</translation>
    </message>
    <message>
        <source>Deleting the interaction failed</source>
        <translation>Gagal menghapus interaksi</translation>
    </message>
    <message>
        <source>Saving the follow-up of “%1” failed</source>
        <translation>Gagal menyimpan tindak lanjut “%1”</translation>
    </message>
    <message>
        <source>Reading the interactions failed</source>
        <translation>Gagal membaca daftar interaksi</translation>
    </message>
    <message>
        <source>Follow-up done: %1</source>
        <translation>Tindak lanjut selesai: %1</translation>
    </message>
    <message>
        <source>Follow-up open again: %1</source>
        <translation>Tindak lanjut dibuka lagi: %1</translation>
    </message>
    <message>
        <source>The interaction&apos;s subject</source>
        <translation>Subjek interaksi</translation>
    </message>
    <message>
        <source>The interaction&apos;s notes</source>
        <translation>Catatan interaksi</translation>
    </message>
    <message>
        <source>The interaction “%1”: %2.</source>
        <translation>Interaksi “%1”: %2.</translation>
    </message>
    <message>
        <source>A follow-up needs the day it is due.</source>
        <translation>Tindak lanjut memerlukan tanggal jatuh temponya.</translation>
    </message>
    <message>
        <source>The interaction “%1” has no open follow-up to move.</source>
        <translation>Interaksi “%1” tidak memiliki tindak lanjut terbuka yang dapat dipindahkan.</translation>
    </message>
    <message>
        <source>Follow-up moved to %1: %2</source>
        <translation>Tindak lanjut dipindahkan ke %1: %2</translation>
    </message>
</context>
<context>
    <name>cd::InvoiceDialog</name>
    <message>
        <source>Invoice date</source>
        <translation>Tanggal faktur</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Ne&amp;w Line</source>
        <translation>Baris Ba&amp;ru</translation>
    </message>
    <message>
        <source>Re&amp;move Line</source>
        <translation>&amp;Hapus Baris</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Dibayar pada</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Jatuh tempo:</translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation>Mat&amp;a uang:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Before tax:</source>
        <translation>Sebelum pajak:</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>Pajak:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>&amp;Baris:</translation>
    </message>
    <message>
        <source>Payments:</source>
        <translation>Pembayaran:</translation>
    </message>
    <message>
        <source>&amp;Save Draft</source>
        <translation>&amp;Simpan Draf</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>Terbit&amp;kan…</translation>
    </message>
    <message>
        <source>Delete Dra&amp;ft</source>
        <translation>Hapus Dra&amp;f</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>Bata&amp;lkan…</translation>
    </message>
    <message>
        <source>Cr&amp;edit Note…</source>
        <translation>Nota Kre&amp;dit…</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>Catat &amp;Pembayaran…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>C&amp;etak…</translation>
    </message>
    <message>
        <source>Give the invoice its number and book its revenue</source>
        <translation>Beri nomor pada faktur dan bukukan pendapatannya</translation>
    </message>
    <message>
        <source>Cancel the invoice: it keeps its number, its revenue is taken out</source>
        <translation>Batalkan faktur: nomornya tetap, pendapatannya dikeluarkan</translation>
    </message>
    <message>
        <source>Correct the invoice by a credit note with its own number</source>
        <translation>Koreksi faktur dengan nota kredit bernomor sendiri</translation>
    </message>
    <message>
        <source>Choose the client to bill.</source>
        <translation>Pilih klien yang akan ditagih.</translation>
    </message>
    <message>
        <source>New Invoice</source>
        <translation>Faktur Baru</translation>
    </message>
    <message>
        <source>Draft Invoice</source>
        <translation>Draf Faktur</translation>
    </message>
    <message>
        <source>Credit Note %1</source>
        <translation>Nota Kredit %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktur %1</translation>
    </message>
    <message>
        <source>Draft: it gets its number when it is issued.</source>
        <translation>Draf: nomor diberikan saat diterbitkan.</translation>
    </message>
    <message>
        <source>New draft: it gets its number when it is issued.</source>
        <translation>Draf baru: nomor diberikan saat diterbitkan.</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>issued on %1, due on %2</source>
        <translation>diterbitkan pada %1, jatuh tempo pada %2</translation>
    </message>
    <message>
        <source>Voided on %1: %2</source>
        <translation>Dibatalkan pada %1: %2</translation>
    </message>
    <message>
        <source>An invoice with payments cannot be voided: issue a credit note.</source>
        <translation>Faktur yang sudah ada pembayarannya tidak dapat dibatalkan: terbitkan nota kredit.</translation>
    </message>
    <message>
        <source>%1 of a payment of %2</source>
        <translation>%1 dari pembayaran %2</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>Belum ada pembayaran.</translation>
    </message>
</context>
<context>
    <name>cd::InvoiceLinesEditor</name>
    <message>
        <source>Lines</source>
        <translation>Garis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kuantitas</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Pajak</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Tax of line %1</source>
        <translation>Pajak baris %1</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <comment>tax label, rate: PPN 11 %</comment>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>No tax</source>
        <translation>Tanpa pajak</translation>
    </message>
    <message>
        <source>Line %1: the quantity “%2” is not a number (e.g. 1 or 1.5).</source>
        <translation>Baris %1: kuantitas “%2” bukan angka (mis. 1 atau 1,5).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Line %1: the amount is too large. %2</source>
        <translation>Baris %1: jumlahnya terlalu besar. %2</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
</context>
<context>
    <name>cd::InvoiceListModel</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Diterbitkan</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Dibayar sebagian</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Partly paid, overdue 1 day</source>
        <translation>Dibayar sebagian, terlambat 1 hari</translation>
    </message>
    <message>
        <source>Overdue, 1 day</source>
        <translation>Terlambat, 1 hari</translation>
    </message>
    <message>
        <source>Partly paid, overdue %1 days</source>
        <translation>Dibayar sebagian, terlambat %1 hari</translation>
    </message>
    <message>
        <source>Overdue, %1 days</source>
        <translation>Terlambat, %1 hari</translation>
    </message>
    <message>
        <source>Credit note, %1</source>
        <translation>Nota kredit, %1</translation>
    </message>
    <message>
        <source>Due on %1; %2 still owed.</source>
        <translation>Jatuh tempo pada %1; masih terutang %2.</translation>
    </message>
    <message>
        <source>A draft gets its number when it is issued.</source>
        <translation>Draf mendapat nomor saat diterbitkan.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Before tax</source>
        <translation>Sebelum pajak</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Pajak</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Terutang</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>cd::InvoicePdf</name>
    <message>
        <source>Folder for the Invoices</source>
        <translation>Folder untuk Faktur</translation>
    </message>
    <message>
        <source>Writing the invoices as PDF…</source>
        <translation>Menulis faktur sebagai PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Invoices as PDF</source>
        <translation>Faktur sebagai PDF</translation>
    </message>
    <message>
        <source>%1 of %2 invoices were saved in %3.</source>
        <translation>%1 dari %2 faktur disimpan di %3.</translation>
    </message>
</context>
<context>
    <name>cd::InvoiceReport</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Draft credit note</source>
        <translation>Draf nota kredit</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Draf faktur</translation>
    </message>
    <message>
        <source>Credit note (void)</source>
        <translation>Nota kredit (batal)</translation>
    </message>
    <message>
        <source>Invoice (void)</source>
        <translation>Faktur (batal)</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Nota kredit</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktur</translation>
    </message>
    <message>
        <source>Attn. %1</source>
        <translation>U.p. %1</translation>
    </message>
    <message>
        <source>Tax id (NPWP): %1</source>
        <translation>NPWP: %1</translation>
    </message>
    <message>
        <source>Credit note no.</source>
        <translation>No. nota kredit</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>No. faktur</translation>
    </message>
    <message>
        <source>none yet (a draft)</source>
        <translation>belum ada (draf)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Corrects invoice</source>
        <translation>Mengoreksi faktur</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 tanggal %2</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>no tax</source>
        <translation>tanpa pajak</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kuantitas</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Pajak</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Total before tax</source>
        <translation>Dasar pengenaan pajak</translation>
    </message>
    <message>
        <source>%1 (no tax)</source>
        <translation>%1 (tanpa pajak)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Dikreditkan</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Sisa tagihan</translation>
    </message>
    <message>
        <source>Prices include %1.</source>
        <translation>Harga sudah termasuk %1.</translation>
    </message>
    <message>
        <source>In words:</source>
        <translation>Terbilang:</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>This credit note reduces what invoice %1 of %2 owes by %3.</source>
        <translation>Nota kredit ini mengurangi tagihan faktur %1 tanggal %2 sebesar %3.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>This is a draft: nothing is owed until it is issued with a number.</source>
        <translation>Ini adalah draf: tidak ada tagihan sampai draf diterbitkan dengan nomor.</translation>
    </message>
    <message>
        <source>This invoice was voided on %1 (%2); nothing is owed on it.</source>
        <translation>Faktur ini dibatalkan pada %1 (%2); tidak ada tagihan atas faktur ini.</translation>
    </message>
    <message>
        <source>Paid in full. Thank you.</source>
        <translation>Lunas. Terima kasih.</translation>
    </message>
    <message>
        <source>Nothing is owed on this invoice.</source>
        <translation>Tidak ada tagihan atas faktur ini.</translation>
    </message>
    <message>
        <source>Please pay %1 by %2, quoting %3 as the reference.</source>
        <translation>Mohon bayar %1 paling lambat %2 dengan mencantumkan %3 sebagai berita transfer.</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Atas nama</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Nomor rekening</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Not issued yet: it is numbered when it is issued.</source>
        <translation>Belum diterbitkan: nomor diberikan saat diterbitkan.</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · Tax id (NPWP) %2</source>
        <translation>%1 · NPWP %2</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>DRAF</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>BATAL</translation>
    </message>
</context>
<context>
    <name>cd::InvoiceRules</name>
    <message>
        <source>Line %1 takes the invoice&apos;s total beyond what one amount may hold. %2</source>
        <translation>Baris %1 membuat total faktur melebihi batas satu jumlah. %2</translation>
    </message>
    <message>
        <source>A credit note without lines cannot be issued; add what it credits.</source>
        <translation>Nota kredit tanpa baris tidak dapat diterbitkan; tambahkan apa yang dikreditkannya.</translation>
    </message>
    <message>
        <source>An invoice without lines cannot be issued; add what it bills.</source>
        <translation>Faktur tanpa baris tidak dapat diterbitkan; tambahkan apa yang ditagihkannya.</translation>
    </message>
    <message>
        <source>Line %1 has no description; say what it bills.</source>
        <translation>Baris %1 tidak memiliki uraian; sebutkan apa yang ditagihkannya.</translation>
    </message>
    <message>
        <source>A credit note of zero cannot be issued.</source>
        <translation>Nota kredit bernilai nol tidak dapat diterbitkan.</translation>
    </message>
    <message>
        <source>An invoice with a total of zero cannot be issued.</source>
        <translation>Faktur dengan total nol tidak dapat diterbitkan.</translation>
    </message>
    <message>
        <source>An invoice&apos;s total cannot be below zero; issue a credit note to give money back.</source>
        <translation>Total faktur tidak boleh di bawah nol; terbitkan nota kredit untuk mengembalikan uang.</translation>
    </message>
    <message>
        <source>A credit note&apos;s total must be below zero.</source>
        <translation>Total nota kredit harus di bawah nol.</translation>
    </message>
    <message>
        <source>The invoice has no date.</source>
        <translation>Faktur tidak memiliki tanggal.</translation>
    </message>
    <message>
        <source>The due date %1 is before the invoice&apos;s date %2.</source>
        <translation>Tanggal jatuh tempo %1 lebih awal daripada tanggal faktur %2.</translation>
    </message>
</context>
<context>
    <name>cd::InvoiceService</name>
    <message>
        <source>The invoice is issued and cannot be changed; void it or issue a credit note.</source>
        <translation>Faktur sudah diterbitkan dan tidak dapat diubah; batalkan atau terbitkan nota kredit.</translation>
    </message>
    <message>
        <source>You bill only the accounts you manage; %1</source>
        <translation>Anda hanya menagih akun yang Anda kelola; %1</translation>
    </message>
    <message>
        <source>There is no invoice or credit note numbered “%1”.</source>
        <translation>Tidak ada faktur atau nota kredit bernomor “%1”.</translation>
    </message>
    <message>
        <source>The draft of %1 for %2</source>
        <translation>Draf %1 untuk %2</translation>
    </message>
    <message>
        <source>Contract %1 belongs to another account, not to %2.</source>
        <translation>Kontrak %1 milik akun lain, bukan milik %2.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as IDR or USD.</source>
        <translation>“%1” bukan kode mata uang seperti IDR atau USD.</translation>
    </message>
    <message>
        <source>The invoice has no date.</source>
        <translation>Faktur tidak memiliki tanggal.</translation>
    </message>
    <message>
        <source>The invoice&apos;s date: %1.</source>
        <translation>Tanggal faktur: %1.</translation>
    </message>
    <message>
        <source>The due date %1 is before the invoice&apos;s date %2.</source>
        <translation>Tanggal jatuh tempo %1 lebih awal daripada tanggal faktur %2.</translation>
    </message>
    <message>
        <source>Line %1 has no description; say what it bills.</source>
        <translation>Baris %1 tidak memiliki uraian; sebutkan apa yang ditagihkannya.</translation>
    </message>
    <message>
        <source>Line %1 has a tax rate outside 0 to 100 %.</source>
        <translation>Baris %1 memiliki tarif pajak di luar 0 sampai 100 %.</translation>
    </message>
    <message>
        <source>%1 is issued and cannot be edited; void it or issue a credit note.</source>
        <translation>%1 sudah diterbitkan dan tidak dapat diedit; batalkan atau terbitkan nota kredit.</translation>
    </message>
    <message>
        <source>%1 is issued; an issued invoice is never deleted: void it or issue a credit note.</source>
        <translation>%1 sudah diterbitkan; faktur yang sudah diterbitkan tidak pernah dihapus: batalkan atau terbitkan nota kredit.</translation>
    </message>
    <message>
        <source>The next number, %1, is already taken by another invoice (typed by hand or imported); nothing was issued. Give that invoice another number or change the pattern in Settings.</source>
        <translation>Nomor berikutnya, %1, sudah dipakai faktur lain (diketik manual atau diimpor); tidak ada yang diterbitkan. Beri faktur itu nomor lain atau ubah pola di Pengaturan.</translation>
    </message>
    <message>
        <source>Issued %1 of %2 on %3</source>
        <translation>Diterbitkan: %1 milik %2 pada %3</translation>
    </message>
    <message>
        <source>%1 is issued already.</source>
        <translation>%1 sudah diterbitkan.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A draft has no number to void; delete it instead.</source>
        <translation>Draf tidak memiliki nomor untuk dibatalkan; hapus draf sebagai gantinya.</translation>
    </message>
    <message>
        <source>%1 is void already.</source>
        <translation>%1 sudah dibatalkan.</translation>
    </message>
    <message>
        <source>Say why %1 is voided.</source>
        <translation>Sebutkan alasan %1 dibatalkan.</translation>
    </message>
    <message>
        <source>%1 cannot be voided on %2, before its date %3.</source>
        <translation>%1 tidak dapat dibatalkan pada %2, sebelum tanggalnya %3.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>tanpa tanggal</translation>
    </message>
    <message>
        <source>%1 has payments (%2 of %3 paid); a paid or partly paid invoice cannot be voided: record a credit note instead.</source>
        <translation>%1 sudah ada pembayarannya (%2 dari %3 dibayar); faktur yang lunas atau dibayar sebagian tidak dapat dibatalkan: catat nota kredit sebagai gantinya.</translation>
    </message>
    <message>
        <source>%1 is corrected by credit note %2; void the credit note first.</source>
        <translation>%1 dikoreksi oleh nota kredit %2; batalkan nota kredit itu terlebih dahulu.</translation>
    </message>
    <message>
        <source>Voided %1 on %2: %3</source>
        <translation>Dibatalkan: %1 pada %2: %3</translation>
    </message>
    <message>
        <source>%1 is a credit note; credit the invoice itself.</source>
        <translation>%1 adalah nota kredit; kreditkan fakturnya sendiri.</translation>
    </message>
    <message>
        <source>A draft is changed, not credited; edit it instead.</source>
        <translation>Draf diubah, bukan dikreditkan; edit draf sebagai gantinya.</translation>
    </message>
    <message>
        <source>%1 is void; there is nothing to credit.</source>
        <translation>%1 sudah dibatalkan; tidak ada yang dapat dikreditkan.</translation>
    </message>
    <message>
        <source>Say why %1 is credited.</source>
        <translation>Sebutkan alasan %1 dikreditkan.</translation>
    </message>
    <message>
        <source>A credit note cannot be dated before its invoice&apos;s date %1.</source>
        <translation>Nota kredit tidak dapat bertanggal lebih awal daripada tanggal fakturnya %1.</translation>
    </message>
    <message>
        <source>A credit note of %1 is more than is left to credit on %2, %3.</source>
        <translation>Nota kredit sebesar %1 melebihi sisa yang dapat dikreditkan pada %2, %3.</translation>
    </message>
    <message>
        <source>%1 is a credit note; it takes no payment.</source>
        <translation>%1 adalah nota kredit; tidak menerima pembayaran.</translation>
    </message>
    <message>
        <source>%1 is not issued yet; issue it before recording a payment.</source>
        <translation>%1 belum diterbitkan; terbitkan sebelum mencatat pembayaran.</translation>
    </message>
    <message>
        <source>%1 is void; it takes no payment.</source>
        <translation>%1 sudah dibatalkan; tidak menerima pembayaran.</translation>
    </message>
    <message>
        <source>%1 is another account&apos;s invoice; a payment pays the invoices of one account.</source>
        <translation>%1 adalah faktur akun lain; satu pembayaran membayar faktur dari satu akun.</translation>
    </message>
    <message>
        <source>%1 is in %2; a payment in %3 cannot pay it.</source>
        <translation>%1 dalam %2; pembayaran dalam %3 tidak dapat membayarnya.</translation>
    </message>
    <message>
        <source>The payment of %1 is dated before %2&apos;s date %3.</source>
        <translation>Pembayaran %1 bertanggal lebih awal daripada tanggal %2, %3.</translation>
    </message>
    <message>
        <source>%1 is paid in full; nothing is owed on it.</source>
        <translation>%1 sudah lunas; tidak ada tagihan atasnya.</translation>
    </message>
    <message>
        <source>A payment of %1 is more than %2 owes, %3; record a payment of at most %3 (ClientDesk does not keep overpayments as credit).</source>
        <translation>Pembayaran sebesar %1 melebihi tagihan %2, yaitu %3; catat pembayaran paling banyak %3 (ClientDesk tidak menyimpan kelebihan bayar sebagai kredit).</translation>
    </message>
    <message>
        <source>A payment needs an amount above 0.</source>
        <translation>Pembayaran memerlukan jumlah di atas 0.</translation>
    </message>
    <message>
        <source>The payment is too large. %1</source>
        <translation>Pembayaran terlalu besar. %1</translation>
    </message>
    <message>
        <source>A payment needs the date it was received.</source>
        <translation>Pembayaran memerlukan tanggal diterimanya.</translation>
    </message>
    <message>
        <source>The payment&apos;s date: %1.</source>
        <translation>Tanggal pembayaran: %1.</translation>
    </message>
    <message>
        <source>A payment needs the invoice it pays.</source>
        <translation>Pembayaran memerlukan faktur yang dibayarnya.</translation>
    </message>
    <message>
        <source>Each invoice a payment pays needs an amount above 0.</source>
        <translation>Setiap faktur yang dibayar oleh pembayaran memerlukan jumlah di atas 0.</translation>
    </message>
    <message>
        <source>The payment of %1 is allocated %2 over its invoices; allocate all of it, no more.</source>
        <translation>Pembayaran %1 dialokasikan %2 ke faktur-fakturnya; alokasikan seluruhnya, tidak lebih.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 pada %2</translation>
    </message>
</context>
<context>
    <name>cd::InvoiceStore</name>
    <message>
        <source>Reading invoice %1 failed</source>
        <translation>Gagal membaca faktur %1</translation>
    </message>
    <message>
        <source>There is no invoice with id %1.</source>
        <translation>Tidak ada faktur dengan id %1.</translation>
    </message>
    <message>
        <source>Reading the lines of invoice %1 failed</source>
        <translation>Gagal membaca baris faktur %1</translation>
    </message>
    <message>
        <source>Reading the time of invoice %1 failed</source>
        <translation>Gagal membaca waktu faktur %1</translation>
    </message>
    <message>
        <source>Looking up invoice %1 failed</source>
        <translation>Gagal mencari faktur %1</translation>
    </message>
    <message>
        <source>Reading the invoices failed</source>
        <translation>Gagal membaca faktur</translation>
    </message>
    <message>
        <source>Reading the invoice&apos;s account failed</source>
        <translation>Gagal membaca akun faktur</translation>
    </message>
    <message>
        <source>There is no account with id %1 to invoice.</source>
        <translation>Tidak ada akun dengan id %1 untuk difakturkan.</translation>
    </message>
    <message>
        <source>Reading the invoice&apos;s contract failed</source>
        <translation>Gagal membaca kontrak faktur</translation>
    </message>
    <message>
        <source>There is no contract with id %1 to invoice.</source>
        <translation>Tidak ada kontrak dengan id %1 untuk difakturkan.</translation>
    </message>
    <message>
        <source>another invoice</source>
        <translation>faktur lain</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>faktur %1</translation>
    </message>
    <message>
        <source>the draft of %1 for %2</source>
        <translation>draf %1 untuk %2</translation>
    </message>
    <message>
        <source>Checking what the invoice bills failed</source>
        <translation>Gagal memeriksa apa yang ditagihkan faktur</translation>
    </message>
    <message>
        <source>“%1” (%2) is already billed by %3.</source>
        <translation>“%1” (%2) sudah ditagihkan oleh %3.</translation>
    </message>
    <message>
        <source>Checking the time the invoice bills failed</source>
        <translation>Gagal memeriksa waktu yang ditagihkan faktur</translation>
    </message>
    <message>
        <source>The time entry of %1 (id %2) is already held by %3.</source>
        <translation>Catatan waktu %1 (id %2) sudah dipegang oleh %3.</translation>
    </message>
    <message>
        <source>Reading time entry %1 failed</source>
        <translation>Gagal membaca catatan waktu %1</translation>
    </message>
    <message>
        <source>There is no time entry with id %1.</source>
        <translation>Tidak ada catatan waktu dengan id %1.</translation>
    </message>
    <message>
        <source>The time entry of %1 (id %2) is another account&apos;s.</source>
        <translation>Catatan waktu %1 (id %2) milik akun lain.</translation>
    </message>
    <message>
        <source>The time entry of %1 (id %2) is invoiced already.</source>
        <translation>Catatan waktu %1 (id %2) sudah difakturkan.</translation>
    </message>
    <message>
        <source>Checking the drafts failed</source>
        <translation>Gagal memeriksa draf</translation>
    </message>
    <message>
        <source>Saving line %1 of the invoice failed</source>
        <translation>Gagal menyimpan baris %1 faktur</translation>
    </message>
    <message>
        <source>Holding time entry %1 failed</source>
        <translation>Gagal memegang catatan waktu %1</translation>
    </message>
    <message>
        <source>Saving the draft invoice failed</source>
        <translation>Gagal menyimpan draf faktur</translation>
    </message>
    <message>
        <source>Someone else changed the draft invoice since you opened it; reload it and try again.</source>
        <translation>Orang lain telah mengubah draf faktur sejak Anda membukanya; muat ulang lalu coba lagi.</translation>
    </message>
    <message>
        <source>Replacing the lines of the draft failed</source>
        <translation>Gagal mengganti baris draf</translation>
    </message>
    <message>
        <source>Deleting the draft invoice failed</source>
        <translation>Gagal menghapus draf faktur</translation>
    </message>
    <message>
        <source>There is no draft invoice with id %1.</source>
        <translation>Tidak ada draf faktur dengan id %1.</translation>
    </message>
    <message>
        <source>Numbering the invoice failed</source>
        <translation>Gagal memberi nomor faktur</translation>
    </message>
    <message>
        <source>Issuing invoice %1 failed</source>
        <translation>Gagal menerbitkan faktur %1</translation>
    </message>
    <message>
        <source>The draft to number %1 was issued or deleted by someone else; reload and try again.</source>
        <translation>Draf yang akan diberi nomor %1 telah diterbitkan atau dihapus oleh orang lain; muat ulang lalu coba lagi.</translation>
    </message>
    <message>
        <source>Saving what invoice %1 has been paid failed</source>
        <translation>Gagal menyimpan jumlah yang telah dibayar untuk faktur %1</translation>
    </message>
    <message>
        <source>Voiding invoice %1 failed</source>
        <translation>Gagal membatalkan faktur %1</translation>
    </message>
    <message>
        <source>Reading the credit notes failed</source>
        <translation>Gagal membaca nota kredit</translation>
    </message>
    <message>
        <source>Releasing the time of the invoice failed</source>
        <translation>Gagal melepas waktu faktur</translation>
    </message>
    <message>
        <source>Releasing what the invoice billed failed</source>
        <translation>Gagal melepas apa yang ditagihkan faktur</translation>
    </message>
    <message>
        <source>Saving the payment failed</source>
        <translation>Gagal menyimpan pembayaran</translation>
    </message>
    <message>
        <source>Saving the payment&apos;s allocation failed</source>
        <translation>Gagal menyimpan alokasi pembayaran</translation>
    </message>
    <message>
        <source>Reading the payments failed</source>
        <translation>Gagal membaca pembayaran</translation>
    </message>
</context>
<context>
    <name>cd::InvoicesTab</name>
    <message>
        <source>Any</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Cari faktur</translation>
    </message>
    <message>
        <source>Search number, client, contract</source>
        <translation>Cari nomor, klien, kontrak</translation>
    </message>
    <message>
        <source>List every client&apos;s invoices again</source>
        <translation>Tampilkan lagi faktur semua klien</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Sa&amp;mpai:</translation>
    </message>
    <message>
        <source>&amp;New Invoice…</source>
        <translation>Faktur &amp;Baru…</translation>
    </message>
    <message>
        <source>Write an invoice by hand: client, contract, lines</source>
        <translation>Tulis faktur secara manual: klien, kontrak, baris</translation>
    </message>
    <message>
        <source>&amp;Bill Period…</source>
        <translation>&amp;Tagih Periode…</translation>
    </message>
    <message>
        <source>Propose the drafts of a month from the contracts: retainers, instalments, hours and overage</source>
        <translation>Usulkan draf satu bulan dari kontrak: retainer, termin, jam, dan kelebihan jam</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>Catat &amp;Pembayaran…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>Bata&amp;lkan…</translation>
    </message>
    <message>
        <source>Cr&amp;edit Note…</source>
        <translation>Nota K&amp;redit…</translation>
    </message>
    <message>
        <source>Prin&amp;t/PDF…</source>
        <translation>C&amp;etak/PDF…</translation>
    </message>
    <message>
        <source>&amp;Delete Draft</source>
        <translation>&amp;Hapus Draf</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;kspor…</translation>
    </message>
    <message>
        <source>Save the invoices shown as CSV or Excel</source>
        <translation>Simpan faktur yang ditampilkan sebagai CSV atau Excel</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>faktur</translation>
    </message>
    <message>
        <source>Only %1 ✕</source>
        <translation>Hanya %1 ✕</translation>
    </message>
    <message>
        <source>Reading invoices…</source>
        <translation>Membaca faktur…</translation>
    </message>
    <message>
        <source>No invoices match these filters.
Choose another state or period, or clear the search.</source>
        <translation>Tidak ada faktur yang cocok dengan filter ini.
Pilih status atau periode lain, atau kosongkan pencarian.</translation>
    </message>
    <message>
        <source>No invoices yet. Bill Period… creates the drafts of a month; New Invoice… writes one by hand.</source>
        <translation>Belum ada faktur. Tagih Periode… membuat draf satu bulan; Faktur Baru… menulis satu faktur secara manual.</translation>
    </message>
    <message>
        <source>An invoice with payments cannot be voided: issue a credit note.</source>
        <translation>Faktur yang sudah ada pembayarannya tidak dapat dibatalkan: terbitkan nota kredit.</translation>
    </message>
    <message>
        <source>One invoice.</source>
        <translation>Satu faktur.</translation>
    </message>
    <message>
        <source>%1 invoices.</source>
        <translation>%1 faktur.</translation>
    </message>
    <message>
        <source>One invoice; %1 owed.</source>
        <translation>Satu faktur; terutang %1.</translation>
    </message>
    <message>
        <source>%1 invoices; %2 owed.</source>
        <translation>%1 faktur; terutang %2.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktur</translation>
    </message>
    <message>
        <source>Save the %1 selected invoices as PDFs into a folder</source>
        <translation>Simpan %1 faktur yang dipilih sebagai PDF ke dalam folder</translation>
    </message>
    <message>
        <source>Preview the invoice, print it or save it as PDF</source>
        <translation>Pratinjau faktur, cetak, atau simpan sebagai PDF</translation>
    </message>
</context>
<context>
    <name>cd::IsoDate</name>
    <message>
        <source>%1 is outside the dates ClientDesk accepts, %2 to %3</source>
        <translation>%1 berada di luar rentang tanggal yang diterima ClientDesk, %2 sampai %3</translation>
    </message>
</context>
<context>
    <name>cd::KeychainPasswordStore</name>
    <message>
        <source>it did not answer in time</source>
        <translation>gantungan kunci tidak menjawab tepat waktu</translation>
    </message>
    <message>
        <source>no keychain service such as GNOME Keyring or KWallet answered</source>
        <translation>tidak ada layanan gantungan kunci seperti GNOME Keyring atau KWallet yang menjawab</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1; the password was not read.</source>
        <translation>Gantungan kunci sistem tidak tersedia: %1; kata sandi tidak dibaca.</translation>
    </message>
    <message>
        <source>The system keychain refused to give the password: %1.</source>
        <translation>Gantungan kunci sistem menolak memberikan kata sandi: %1.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1; the password was not saved.</source>
        <translation>Gantungan kunci sistem tidak tersedia: %1; kata sandi tidak disimpan.</translation>
    </message>
    <message>
        <source>The system keychain did not save the password: %1.</source>
        <translation>Gantungan kunci sistem tidak menyimpan kata sandi: %1.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1; a remembered password could not be forgotten.</source>
        <translation>Gantungan kunci sistem tidak tersedia: %1; kata sandi yang diingat tidak dapat dilupakan.</translation>
    </message>
    <message>
        <source>The system keychain did not forget the password: %1.</source>
        <translation>Gantungan kunci sistem tidak melupakan kata sandi: %1.</translation>
    </message>
</context>
<context>
    <name>cd::Language</name>
    <message>
        <source>System language (%1)</source>
        <translation>Bahasa sistem (%1)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Bahasa sistem</translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <source>ClientDesk databases (*.sqlite *.db)</source>
        <translation>Basis data ClientDesk (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analitik</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>Basis data &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>B&amp;uka basis data…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Akun…</translation>
    </message>
    <message>
        <source>C&amp;ontacts…</source>
        <translation>&amp;Kontak…</translation>
    </message>
    <message>
        <source>Con&amp;tracts…</source>
        <translation>K&amp;ontrak…</translation>
    </message>
    <message>
        <source>&amp;Revenue…</source>
        <translation>&amp;Pendapatan…</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Pulihkan dari &amp;Cadangan…</translation>
    </message>
    <message>
        <source>&amp;Client Report…</source>
        <translation>Laporan K&amp;lien…</translation>
    </message>
    <message>
        <source>&amp;Portfolio Report…</source>
        <translation>Laporan &amp;Portofolio…</translation>
    </message>
    <message>
        <source>Client Reports for a &amp;Manager…</source>
        <translation>Laporan Klien untuk &amp;Manajer…</translation>
    </message>
    <message>
        <source>&amp;Firm Profile…</source>
        <translation>Profil &amp;Firma…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Segarkan</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Alat</translation>
    </message>
    <message>
        <source>Record &amp;Sale…</source>
        <translation>Catat &amp;Penjualan…</translation>
    </message>
    <message>
        <source>New &amp;Opportunity…</source>
        <translation>Peluang &amp;Baru…</translation>
    </message>
    <message>
        <source>Product &amp;Catalogue…</source>
        <translation>&amp;Katalog Produk…</translation>
    </message>
    <message>
        <source>Find &amp;Duplicate Accounts…</source>
        <translation>Cari Akun &amp;Duplikat…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Bant&amp;uan</translation>
    </message>
    <message>
        <source>&amp;About ClientDesk</source>
        <translation>&amp;Tentang ClientDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Tentang &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot Create Database</source>
        <translation>Tidak Dapat Membuat Basis Data</translation>
    </message>
    <message>
        <source>%1 already exists; use Open database… to open it.</source>
        <translation>%1 sudah ada; gunakan Buka basis data… untuk membukanya.</translation>
    </message>
    <message>
        <source>ClientDesk — %1</source>
        <translation>ClientDesk — %1</translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation>Versi skema %1</translation>
    </message>
    <message>
        <source>ClientDesk</source>
        <translation>ClientDesk</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Tidak ada basis data yang terbuka</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Buka Basis Data</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Basis Data Baru</translation>
    </message>
    <message>
        <source>clientdesk.sqlite</source>
        <translation>clientdesk.sqlite</translation>
    </message>
    <message>
        <source>Creating Sample Portfolio</source>
        <translation>Membuat Portofolio Contoh</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Menyiapkan…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Mengekspor</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (rows: %3).</source>
        <translation>%1 diekspor ke %2 (baris: %3).</translation>
    </message>
    <message>
        <source>Export Not Written</source>
        <translation>Ekspor Tidak Ditulis</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite cannot read all of it (it says: %2).</source>
        <translation>%1 rusak: SQLite tidak dapat membaca seluruh isinya (pesannya: %2).</translation>
    </message>
    <message>
        <source>Database Damaged</source>
        <translation>Basis Data Rusak</translation>
    </message>
    <message>
        <source>%1

There is no automatic backup of it. Copy what you can with File &gt; Export, and restore a backup of your own.</source>
        <translation>%1

Tidak ada cadangan otomatis untuk berkas ini. Salin apa yang masih bisa dengan Berkas &gt; Ekspor, lalu pulihkan cadangan milik Anda sendiri.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Pencadangan otomatis gagal: %1</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Dicadangkan ke %1.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Pulihkan dari Cadangan</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1? Changes made since the backup are no longer shown; the database as it is now is kept beside it.</source>
        <translation>Ganti basis data dengan cadangan %1? Perubahan sejak cadangan itu dibuat tidak lagi ditampilkan; basis data dalam kondisi saat ini disimpan di sebelahnya.</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Tidak Dapat Membuka Basis Data</translation>
    </message>
    <message>
        <source>%1

SQLite reports the file damaged: %2</source>
        <translation>%1

SQLite melaporkan berkas ini rusak: %2</translation>
    </message>
    <message>
        <source>%1

Restore the latest automatic backup, taken %2? Changes made since then are not in it. The damaged file is kept beside it.</source>
        <translation>%1

Pulihkan cadangan otomatis terakhir, yang dibuat %2? Perubahan sejak saat itu tidak termasuk di dalamnya. Berkas yang rusak disimpan di sebelahnya.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 pukul %2</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Memulihkan %1…</translation>
    </message>
    <message>
        <source>Backup Not Restored</source>
        <translation>Cadangan Tidak Dipulihkan</translation>
    </message>
    <message>
        <source>Restored %1. The database as it was is kept as %2.</source>
        <translation>%1 dipulihkan. Basis data sebelumnya disimpan sebagai %2.</translation>
    </message>
    <message>
        <source>Cancelling the sample portfolio…</source>
        <translation>Membatalkan portofolio contoh…</translation>
    </message>
    <message>
        <source>Sample Portfolio Cancelled</source>
        <translation>Portofolio Contoh Dibatalkan</translation>
    </message>
    <message>
        <source>Sample Portfolio Not Created</source>
        <translation>Portofolio Contoh Tidak Dibuat</translation>
    </message>
    <message>
        <source>About ClientDesk</source>
        <translation>Tentang ClientDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ClientDesk %1&lt;/h3&gt;&lt;p&gt;Clients under contract and transactional customers of a consultancy, side by side in one local database, with what each kind earns.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ClientDesk %1&lt;/h3&gt;&lt;p&gt;Klien berkontrak dan pelanggan transaksional sebuah firma konsultan, berdampingan dalam satu basis data lokal, beserta pendapatan dari masing-masing jenis.&lt;/p&gt;&lt;p&gt;Dibuat dengan Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Cari…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>New &amp;Client…</source>
        <translation>K&amp;lien Baru…</translation>
    </message>
    <message>
        <source>New C&amp;ustomer…</source>
        <translation>Pela&amp;nggan Baru…</translation>
    </message>
    <message>
        <source>Log &amp;Interaction…</source>
        <translation>Catat &amp;Interaksi…</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>Panduan &amp;Pengguna</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Pintasan &amp;Keyboard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>ClientDesk uses the new language from its next start.</source>
        <translation>ClientDesk memakai bahasa baru mulai saat dijalankan berikutnya.</translation>
    </message>
    <message>
        <source>Updated with changes from others.</source>
        <translation>Diperbarui dengan perubahan dari orang lain.</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Sambungkan ke &amp;Server…</translation>
    </message>
    <message>
        <source>&amp;Recent Servers</source>
        <translation>Server &amp;Terakhir</translation>
    </message>
    <message>
        <source>Password Not Remembered</source>
        <translation>Kata Sandi Tidak Diingat</translation>
    </message>
    <message>
        <source>No servers yet</source>
        <translation>Belum ada server</translation>
    </message>
    <message>
        <source>%1, signed in as %2</source>
        <translation>%1, masuk sebagai %2</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>Log &amp;Audit…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Faktur</translation>
    </message>
    <message>
        <source>&amp;Receivables</source>
        <translation>P&amp;iutang</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>Ekspor &amp;Kalender…</translation>
    </message>
    <message>
        <source>Write the notice deadlines, renewals, follow-ups and requests due as a file your calendar program can import or subscribe to</source>
        <translation>Tulis batas pemberitahuan, perpanjangan, tindak lanjut, dan permintaan yang jatuh tempo sebagai berkas yang dapat diimpor atau dilanggan oleh program kalender Anda</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Ekspor Kalender</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Berkas iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Wrote %1 (events: %2, missed: %3).</source>
        <translation>%1 ditulis (acara: %2, terlewat: %3).</translation>
    </message>
    <message>
        <source>The calendar file was not updated: %1</source>
        <translation>Berkas kalender tidak diperbarui: %1</translation>
    </message>
</context>
<context>
    <name>cd::Migrator</name>
    <message>
        <source>it is locked by another program. Close the other program or try again in a moment.</source>
        <translation>berkas ini dikunci oleh program lain. Tutup program tersebut atau coba lagi sesaat lagi.</translation>
    </message>
    <message>
        <source>it is not a ClientDesk database.</source>
        <translation>berkas ini bukan basis data ClientDesk.</translation>
    </message>
    <message>
        <source>it cannot be read (%1).</source>
        <translation>berkas ini tidak dapat dibaca (%1).</translation>
    </message>
    <message>
        <source>it is an SQLite database of another program, not a ClientDesk database.</source>
        <translation>berkas ini adalah basis data SQLite milik program lain, bukan basis data ClientDesk.</translation>
    </message>
    <message>
        <source>its schema version is missing; the file may be damaged.</source>
        <translation>versi skemanya tidak ada; berkas mungkin rusak.</translation>
    </message>
    <message>
        <source>its schema version “%1” is not valid; the file may be damaged.</source>
        <translation>versi skemanya “%1” tidak valid; berkas mungkin rusak.</translation>
    </message>
    <message>
        <source>Creating the version table failed</source>
        <translation>Gagal membuat tabel versi</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migrasi %1 tidak ada dalam build ini.</translation>
    </message>
    <message>
        <source>Migration %1 failed</source>
        <translation>Migrasi %1 gagal</translation>
    </message>
    <message>
        <source>Recording the schema version failed</source>
        <translation>Gagal mencatat versi skema</translation>
    </message>
    <message>
        <source>it holds tables of another program, not a ClientDesk database.</source>
        <translation>isinya tabel program lain, bukan basis data ClientDesk.</translation>
    </message>
</context>
<context>
    <name>cd::Money</name>
    <message>
        <source>“%1” is not a currency code such as IDR or USD.</source>
        <translation>“%1” bukan kode mata uang seperti IDR atau USD.</translation>
    </message>
    <message>
        <source>The amount is empty.</source>
        <translation>Jumlah kosong.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; write digits with “.” as the decimal point, for example 1250.50.</source>
        <translation>“%1” bukan jumlah uang; tulis angka dengan “.” sebagai pemisah desimal, misalnya 1250.50.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has more than %n decimal(s), the most %2 allows.</source>
        <translation>
            <numerusform>“%1” memiliki lebih dari %n angka desimal, batas maksimum untuk %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2.</source>
        <translation>“%1” bukan jumlah dalam %2.</translation>
    </message>
    <message>
        <source>The sum of %1 and %2 is too large.</source>
        <translation>Jumlah %1 dan %2 terlalu besar.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2: “%3” separates thousands here, and “%4” the decimals.</source>
        <translation>“%1” bukan jumlah dalam %2: di sini “%3” memisahkan ribuan, dan “%4” memisahkan desimal.</translation>
    </message>
    <message>
        <source>“%1” is too large an amount. %2</source>
        <translation>Jumlah “%1” terlalu besar. %2</translation>
    </message>
    <message>
        <source>The largest amount is %1 %2.</source>
        <translation>Jumlah terbesar adalah %1 %2.</translation>
    </message>
</context>
<context>
    <name>cd::NoDatabasePanel</name>
    <message>
        <source>No database is open</source>
        <translation>Tidak ada basis data yang terbuka</translation>
    </message>
    <message>
        <source>Open an existing ClientDesk database, or create a new one to start with.</source>
        <translation>Buka basis data ClientDesk yang sudah ada, atau buat yang baru untuk memulai.</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>Buka basis data…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Basis data baru…</translation>
    </message>
</context>
<context>
    <name>cd::NumberPattern</name>
    <message>
        <source>The pattern “%1” has an unknown field {%2}; it knows {yyyy}, {yy} and a number such as {00000}.</source>
        <translation>Pola “%1” memiliki kolom {%2} yang tidak dikenal; kolom yang dikenal: {yyyy}, {yy}, dan nomor seperti {00000}.</translation>
    </message>
    <message>
        <source>The pattern “%1” has a brace that is not closed.</source>
        <translation>Pola “%1” memiliki kurung kurawal yang tidak ditutup.</translation>
    </message>
    <message>
        <source>The pattern “%1” has no number field; add one such as {00000}.</source>
        <translation>Pola “%1” tidak memiliki kolom nomor; tambahkan satu seperti {00000}.</translation>
    </message>
    <message>
        <source>The pattern “%1” has %2 number fields; it takes one.</source>
        <translation>Pola “%1” memiliki %2 kolom nomor; hanya boleh satu.</translation>
    </message>
</context>
<context>
    <name>cd::OpenInvoicesDialog</name>
    <message>
        <source>Open Invoices of %1</source>
        <translation>Faktur Terbuka %1</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>Catat &amp;Pembayaran…</translation>
    </message>
</context>
<context>
    <name>cd::OpportunityDialog</name>
    <message>
        <source>New Opportunity</source>
        <translation>Peluang Baru</translation>
    </message>
    <message>
        <source>Edit Opportunity</source>
        <translation>Ubah Peluang</translation>
    </message>
    <message>
        <source>e.g. Tax advisory for 2027</source>
        <translation>mis. Konsultasi pajak untuk 2027</translation>
    </message>
    <message>
        <source>Move the opportunity on the board to change its stage.</source>
        <translation>Pindahkan peluang di papan untuk mengubah tahapnya.</translation>
    </message>
    <message>
        <source>Expected on</source>
        <translation>Diperkirakan pada</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <source>e.g. Send the proposal by Friday</source>
        <translation>mis. Kirim proposal paling lambat hari Jumat</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Akun:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>&amp;Deal type:</source>
        <translation>Jeni&amp;s peluang:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Tahap:</translation>
    </message>
    <message>
        <source>Expected &amp;value:</source>
        <translation>&amp;Nilai perkiraan:</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>&amp;Probabilitas:</translation>
    </message>
    <message>
        <source>&amp;First contact:</source>
        <translation>&amp;Kontak pertama:</translation>
    </message>
    <message>
        <source>Expected &amp;close:</source>
        <translation>Perkiraan pen&amp;utupan:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Pe&amp;milik:</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>Langkah &amp;berikutnya:</translation>
    </message>
    <message>
        <source>Choose the account from the list.</source>
        <translation>Pilih akun dari daftar.</translation>
    </message>
    <message>
        <source>Expected value: %1</source>
        <translation>Nilai perkiraan: %1</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Muat U&amp;lang</translation>
    </message>
    <message>
        <source>Show the opportunity as it is now saved, without your edits</source>
        <translation>Tampilkan peluang seperti yang kini tersimpan, tanpa suntingan Anda</translation>
    </message>
</context>
<context>
    <name>cd::OpportunityRepository</name>
    <message>
        <source>An opportunity needs a title.</source>
        <translation>Peluang memerlukan judul.</translation>
    </message>
    <message>
        <source>The opportunity “%1” needs an account.</source>
        <translation>Peluang “%1” memerlukan akun.</translation>
    </message>
    <message>
        <source>The opportunity “%1” needs a currency code such as IDR, not “%2”.</source>
        <translation>Peluang “%1” memerlukan kode mata uang seperti IDR, bukan “%2”.</translation>
    </message>
    <message>
        <source>The expected value of “%1” cannot be negative.</source>
        <translation>Nilai perkiraan “%1” tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The probability of “%1” must be from 0 to 100%, not %2%.</source>
        <translation>Probabilitas “%1” harus dari 0 sampai 100%, bukan %2%.</translation>
    </message>
    <message>
        <source>The opportunity “%1” needs the date of the first contact.</source>
        <translation>Peluang “%1” memerlukan tanggal kontak pertama.</translation>
    </message>
    <message>
        <source>Expected close %1 is before the first contact %2.</source>
        <translation>Perkiraan penutupan %1 lebih awal daripada kontak pertama %2.</translation>
    </message>
    <message>
        <source>The opportunity “%1” cannot be won without a value.</source>
        <translation>Peluang “%1” tidak dapat dimenangkan tanpa nilai.</translation>
    </message>
    <message>
        <source>The opportunity “%1” is lost and needs the reason.</source>
        <translation>Peluang “%1” berstatus kalah dan memerlukan alasannya.</translation>
    </message>
    <message>
        <source>Checking the account failed</source>
        <translation>Gagal memeriksa akun</translation>
    </message>
    <message>
        <source>There is no account with id %1 for the opportunity “%2”.</source>
        <translation>Tidak ada akun dengan id %1 untuk peluang “%2”.</translation>
    </message>
    <message>
        <source>Saving the opportunity “%1” failed</source>
        <translation>Gagal menyimpan peluang “%1”</translation>
    </message>
    <message>
        <source>Saving the stage of “%1” failed</source>
        <translation>Gagal menyimpan tahap “%1”</translation>
    </message>
    <message>
        <source>Someone else changed the opportunity “%1” since you opened it; reload it and try again.</source>
        <translation>Orang lain telah mengubah peluang “%1” sejak Anda membukanya; muat ulang lalu coba lagi.</translation>
    </message>
    <message>
        <source>Moving “%1” needs the date of the change.</source>
        <translation>Pemindahan “%1” memerlukan tanggal perubahan.</translation>
    </message>
    <message>
        <source>“%1” cannot move on %2, before its last change on %3.</source>
        <translation>“%1” tidak dapat dipindahkan pada %2, sebelum perubahan terakhirnya pada %3.</translation>
    </message>
    <message>
        <source>Moving “%1” failed</source>
        <translation>Gagal memindahkan “%1”</translation>
    </message>
    <message>
        <source>Recording the stage of “%1” failed</source>
        <translation>Gagal mencatat tahap “%1”</translation>
    </message>
    <message>
        <source>“%1” is %2; reopen it before moving it to %3.</source>
        <translation>“%1” berstatus %2; buka kembali sebelum memindahkannya ke %3.</translation>
    </message>
    <message>
        <source>Moved “%1” to %2 on %3.</source>
        <translation>“%1” dipindahkan ke %2 pada %3.</translation>
    </message>
    <message>
        <source>“%1” is still open.</source>
        <translation>“%1” masih terbuka.</translation>
    </message>
    <message>
        <source>“%1” can only be reopened into an open stage, not %2.</source>
        <translation>“%1” hanya dapat dibuka kembali ke tahap terbuka, bukan %2.</translation>
    </message>
    <message>
        <source>Reopened “%1” at %2 on %3.</source>
        <translation>“%1” dibuka kembali di tahap %2 pada %3.</translation>
    </message>
    <message>
        <source>Deleting the opportunity “%1” failed</source>
        <translation>Gagal menghapus peluang “%1”</translation>
    </message>
    <message>
        <source>There is no opportunity with id %1.</source>
        <translation>Tidak ada peluang dengan id %1.</translation>
    </message>
    <message>
        <source>Reading the stage history failed</source>
        <translation>Gagal membaca riwayat tahap</translation>
    </message>
    <message>
        <source>Reading the opportunities failed</source>
        <translation>Gagal membaca peluang</translation>
    </message>
    <message>
        <source>The opportunity&apos;s title</source>
        <translation>Judul peluang</translation>
    </message>
    <message>
        <source>The opportunity&apos;s next step</source>
        <translation>Langkah berikutnya peluang</translation>
    </message>
    <message>
        <source>The reason the opportunity was lost</source>
        <translation>Alasan peluang kalah</translation>
    </message>
    <message>
        <source>The expected value of “%1” is too large. %2</source>
        <translation>Nilai perkiraan “%1” terlalu besar. %2</translation>
    </message>
    <message>
        <source>The opportunity “%1”: %2.</source>
        <translation>Peluang “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>cd::OpportunityWin</name>
    <message>
        <source>“%1” is already %2; reopen it before winning it.</source>
        <translation>“%1” sudah berstatus %2; buka kembali sebelum memenangkannya.</translation>
    </message>
    <message>
        <source>“%1” cannot be won without a value; enter the expected value first.</source>
        <translation>“%1” tidak dapat dimenangkan tanpa nilai; masukkan nilai perkiraan terlebih dahulu.</translation>
    </message>
    <message>
        <source>Winning “%1” records a sale of %2 to %3 on %4.</source>
        <translation>Memenangkan “%1” akan mencatat penjualan sebesar %2 kepada %3 pada %4.</translation>
    </message>
    <message>
        <source>%1 becomes an active customer.</source>
        <translation>%1 menjadi pelanggan aktif.</translation>
    </message>
    <message>
        <source>Reading the draft contracts failed</source>
        <translation>Gagal membaca draf kontrak</translation>
    </message>
    <message>
        <source>Winning “%1” (%2) links it to contract %3 of %4; sign the contract on the client page when it is signed.</source>
        <translation>Memenangkan “%1” (%2) akan menautkannya ke kontrak %3 milik %4; tandai kontrak sebagai ditandatangani di halaman klien setelah kontrak ditandatangani.</translation>
    </message>
    <message>
        <source>Winning “%1” opens draft contract %2 for %3: fixed fee %4, starting %5. Complete and sign it on the client page.</source>
        <translation>Memenangkan “%1” akan membuka draf kontrak %2 untuk %3: biaya tetap %4, mulai %5. Lengkapi dan tandai sebagai ditandatangani di halaman klien.</translation>
    </message>
    <message>
        <source>%1 is a transactional customer. Winning the engagement “%2” converts it to a client as of %3 and opens a draft contract with a fixed fee of %4; its earlier revenue stays customer revenue.</source>
        <translation>%1 adalah pelanggan transaksional. Memenangkan kerja sama “%2” akan mengonversinya menjadi klien per %3 dan membuka draf kontrak dengan biaya tetap %4; pendapatan sebelumnya tetap tercatat sebagai pendapatan pelanggan.</translation>
    </message>
    <message>
        <source>won “%1” on %2</source>
        <translation>“%1” dimenangkan pada %2</translation>
    </message>
    <message>
        <source>To be agreed: the services and term won with “%1”.</source>
        <translation>Akan disepakati: layanan dan jangka waktu yang dimenangkan melalui “%1”.</translation>
    </message>
    <message>
        <source>Linking “%1” to its contract failed</source>
        <translation>Gagal menautkan “%1” ke kontraknya</translation>
    </message>
</context>
<context>
    <name>cd::PaymentDialog</name>
    <message>
        <source>Record Payment</source>
        <translation>Catat Pembayaran</translation>
    </message>
    <message>
        <source>From %1, in %2</source>
        <translation>Dari %1, dalam %2</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Dibayar pada</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>transfer bank</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>tunai</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kartu</translation>
    </message>
    <message>
        <source>cheque</source>
        <translation>cek</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>e.g. the bank&apos;s transaction number</source>
        <translation>mis. nomor transaksi bank</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Alokasi</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Terutang</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Dialokasikan</translation>
    </message>
    <message>
        <source>Paid &amp;on:</source>
        <translation>Tanggal &amp;bayar:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Jumlah:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Metode:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referensi:</translation>
    </message>
    <message>
        <source>A&amp;llocated to:</source>
        <translation>&amp;Dialokasikan ke:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Catat</translation>
    </message>
    <message>
        <source>Type the amount received; it must be more than zero.</source>
        <translation>Ketik jumlah yang diterima; harus lebih dari nol.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The allocations add up to %1, the payment is %2: make them equal.</source>
        <translation>Jumlah alokasi %1, sedangkan pembayaran %2: samakan keduanya.</translation>
    </message>
    <message>
        <source>Nothing is owed in %1: there is no open invoice to record a payment against.</source>
        <translation>Tidak ada yang terutang dalam %1: tidak ada faktur terbuka untuk dicatat pembayarannya.</translation>
    </message>
</context>
<context>
    <name>cd::PipelineAnalytics</name>
    <message>
        <source>The days after which a deal is stale must be from 1 to 365, not %1 (setting %2).</source>
        <translation>Jumlah hari hingga peluang dianggap mandek harus dari 1 sampai 365, bukan %1 (pengaturan %2).</translation>
    </message>
    <message>
        <source>Counting the stale opportunities failed</source>
        <translation>Gagal menghitung peluang mandek</translation>
    </message>
    <message>
        <source>Up to %1 days</source>
        <translation>Hingga %1 hari</translation>
    </message>
    <message>
        <source>More than %1 days</source>
        <translation>Lebih dari %1 hari</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 hari</translation>
    </message>
    <message>
        <source>Reading the pipeline</source>
        <translation>Membaca pipeline</translation>
    </message>
    <message>
        <source>Reading the stage history</source>
        <translation>Membaca riwayat tahap</translation>
    </message>
    <message>
        <source>Adding up the pipeline failed: the expected values add up to more than ClientDesk can count exactly.</source>
        <translation>Gagal menjumlahkan pipeline: total nilai perkiraan lebih dari yang dapat dihitung ClientDesk secara tepat.</translation>
    </message>
</context>
<context>
    <name>cd::PipelineBoard</name>
    <message>
        <source>%1 d, stale</source>
        <translation>%1 hr, mandek</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 hr</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Tanpa pemilik</translation>
    </message>
    <message>
        <source>%1, last %2 days</source>
        <translation>%1, %2 hari terakhir</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 stale</source>
        <translation>%1 mandek</translation>
    </message>
    <message>
        <source>%1 not converted</source>
        <translation>%1 tidak dikonversi</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>cd::PipelineModel</name>
    <message>
        <source>Any time</source>
        <translation>Kapan saja</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Bulan depan</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Kuartal ini</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>Kuartal depan</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <source>That opportunity is no longer in the pipeline; refresh the view.</source>
        <translation>Peluang tersebut sudah tidak ada di pipeline; segarkan tampilan.</translation>
    </message>
    <message>
        <source>Winning “%1” goes through Mark Won, which shows what it creates.</source>
        <translation>Memenangkan “%1” dilakukan melalui Tandai Menang, yang menampilkan apa saja yang akan dibuat.</translation>
    </message>
    <message>
        <source>%1, %2 at %3%4</source>
        <translation>%1, %2 dengan probabilitas %3%4</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Ditutup pada %1</translation>
    </message>
    <message>
        <source>Expected to close on %1</source>
        <translation>Diperkirakan ditutup pada %1</translation>
    </message>
    <message>
        <source>In this stage since %1</source>
        <translation>Berada di tahap ini sejak %1</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Langkah berikutnya: %1</translation>
    </message>
    <message>
        <source>Stale: no stage change or interaction for more than %1 days.</source>
        <translation>Mandek: tidak ada perubahan tahap atau interaksi selama lebih dari %1 hari.</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (mandek)</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Peluang</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilitas</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Tertimbang</translation>
    </message>
    <message>
        <source>Days in Stage</source>
        <translation>Hari di Tahap</translation>
    </message>
    <message>
        <source>Expected Close</source>
        <translation>Perkiraan Penutupan</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Next Step</source>
        <translation>Langkah Berikutnya</translation>
    </message>
    <message>
        <source>The open deals add up to more than ClientDesk can total exactly; look for deals whose value is far too large.</source>
        <translation>Total peluang terbuka lebih dari yang dapat dijumlahkan ClientDesk secara tepat; cari peluang yang nilainya jauh terlalu besar.</translation>
    </message>
</context>
<context>
    <name>cd::PipelineQuery</name>
    <message>
        <source>Reading the pipeline failed</source>
        <translation>Gagal membaca pipeline</translation>
    </message>
</context>
<context>
    <name>cd::PipelineView</name>
    <message>
        <source>%1 d</source>
        <translation>%1 hr</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Account kind</source>
        <translation>Jenis akun</translation>
    </message>
    <message>
        <source>Clients and customers</source>
        <translation>Klien dan pelanggan</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Perkiraan penutupan</translation>
    </message>
    <message>
        <source>&amp;New Opportunity…</source>
        <translation>Peluang &amp;Baru…</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Pemilik:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>Perkiraan penutupan:</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Papan</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabel</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Tertimbang</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Peluang</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Menang</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Kalah</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tingkat kemenangan</translation>
    </message>
    <message>
        <source>Median cycle</source>
        <translation>Median siklus</translation>
    </message>
    <message>
        <source>Middle half</source>
        <translation>Separuh tengah</translation>
    </message>
    <message>
        <source>Clients: median</source>
        <translation>Klien: median</translation>
    </message>
    <message>
        <source>Customers: median</source>
        <translation>Pelanggan: median</translation>
    </message>
    <message>
        <source>Cycle length</source>
        <translation>Lama siklus</translation>
    </message>
    <message>
        <source>Open pipeline by stage</source>
        <translation>Pipeline terbuka per tahap</translation>
    </message>
    <message>
        <source>Weighted forecast by month of expected close</source>
        <translation>Prakiraan tertimbang per bulan perkiraan penutupan</translation>
    </message>
    <message>
        <source>Sales cycle: first contact to won</source>
        <translation>Siklus penjualan: kontak pertama hingga dimenangkan</translation>
    </message>
    <message>
        <source>Cycle length distribution (won deals)</source>
        <translation>Distribusi lama siklus (peluang yang dimenangkan)</translation>
    </message>
    <message>
        <source>Days in each stage</source>
        <translation>Hari di setiap tahap</translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation>&amp;Analitik</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <source>No opportunities yet: add one with New Opportunity… or from an account&apos;s page.</source>
        <translation>Belum ada peluang: tambahkan dengan Peluang Baru… atau dari halaman akun.</translation>
    </message>
    <message>
        <source>No opportunities match these filters.</source>
        <translation>Tidak ada peluang yang cocok dengan filter ini.</translation>
    </message>
    <message>
        <source>%1 open opportunities worth %2, weighted %3; %4 stale (no stage change or interaction for more than %5 days). Drag a card to another stage to move it.</source>
        <translation>%1 peluang terbuka senilai %2, tertimbang %3; %4 mandek (tanpa perubahan tahap atau interaksi selama lebih dari %5 hari). Seret kartu ke tahap lain untuk memindahkannya.</translation>
    </message>
    <message>
        <source>Over the whole pipeline, whatever the filters above. Client figures are engagements, customer figures sales. Medians and the middle half are in days.</source>
        <translation>Mencakup seluruh pipeline, apa pun filter di atas. Angka klien adalah kerja sama, angka pelanggan adalah penjualan. Median dan separuh tengah dalam satuan hari.</translation>
    </message>
    <message>
        <source>%1 open deals have no expected close and are not in the forecast.</source>
        <translation>%1 peluang terbuka tidak memiliki perkiraan penutupan dan tidak masuk prakiraan.</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Semua yang terbuka</translation>
    </message>
    <message>
        <source>none closed</source>
        <translation>belum ada yang ditutup</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>%1 (%2 deals)</source>
        <translation>%1 (%2 peluang)</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>Mengapa “%1” kalah?</translation>
    </message>
    <message>
        <source>Mark as Lost</source>
        <translation>Tandai Kalah</translation>
    </message>
    <message>
        <source>Cannot Move “%1”</source>
        <translation>Tidak Dapat Memindahkan “%1”</translation>
    </message>
    <message>
        <source>Cannot Win “%1”</source>
        <translation>Tidak Dapat Memenangkan “%1”</translation>
    </message>
    <message>
        <source>Mark it as won?</source>
        <translation>Tandai sebagai menang?</translation>
    </message>
    <message>
        <source>Mark as Won</source>
        <translation>Tandai Menang</translation>
    </message>
    <message>
        <source>Cannot Reopen</source>
        <translation>Tidak Dapat Membuka Kembali</translation>
    </message>
    <message>
        <source>Cannot Reopen “%1”</source>
        <translation>Tidak Dapat Membuka Kembali “%1”</translation>
    </message>
    <message>
        <source>Cannot Open the Opportunity</source>
        <translation>Tidak Dapat Membuka Peluang</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>Open &amp;Account</source>
        <translation>Buka &amp;Akun</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>Buka &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Pindahkan ke</translation>
    </message>
    <message>
        <source>Mark &amp;Won…</source>
        <translation>Tandai &amp;Menang…</translation>
    </message>
    <message>
        <source>Mark &amp;Lost…</source>
        <translation>Tandai Ka&amp;lah…</translation>
    </message>
</context>
<context>
    <name>cd::PortfolioQuery</name>
    <message>
        <source>Reading the number of accounts</source>
        <translation>Membaca jumlah akun</translation>
    </message>
    <message>
        <source>Reading the number of active contracts</source>
        <translation>Membaca jumlah kontrak aktif</translation>
    </message>
    <message>
        <source>Reading the open service requests</source>
        <translation>Membaca permintaan layanan yang terbuka</translation>
    </message>
    <message>
        <source>Reading the follow-ups that are due</source>
        <translation>Membaca tindak lanjut yang jatuh tempo</translation>
    </message>
</context>
<context>
    <name>cd::PortfolioSummary</name>
    <message>
        <source>The dashboard needs a valid date to count from.</source>
        <translation>Dasbor memerlukan tanggal yang valid sebagai titik awal perhitungan.</translation>
    </message>
    <message>
        <source>The revenue of the last 12 months is too large to add up.</source>
        <translation>Pendapatan 12 bulan terakhir terlalu besar untuk dijumlahkan.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospek</translation>
    </message>
    <message>
        <source>Active contracts</source>
        <translation>Kontrak aktif</translation>
    </message>
    <message>
        <source>Open service requests</source>
        <translation>Permintaan layanan terbuka</translation>
    </message>
    <message>
        <source>Requests past due</source>
        <translation>Permintaan terlambat</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Tindak lanjut jatuh tempo</translation>
    </message>
    <message>
        <source>Stale opportunities</source>
        <translation>Peluang mandek</translation>
    </message>
    <message>
        <source>From clients</source>
        <translation>Dari klien</translation>
    </message>
    <message>
        <source>From customers</source>
        <translation>Dari pelanggan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Reading the revenue of the last 12 months failed: %1</source>
        <translation>Gagal membaca pendapatan 12 bulan terakhir: %1</translation>
    </message>
</context>
<context>
    <name>cd::ProductDialog</name>
    <message>
        <source>New Product</source>
        <translation>Produk Baru</translation>
    </message>
    <message>
        <source>Edit Product</source>
        <translation>Ubah Produk</translation>
    </message>
    <message>
        <source>Offered for sale</source>
        <translation>Ditawarkan untuk dijual</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>Enter the list price.</source>
        <translation>Masukkan harga daftar.</translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation>Muat &amp;Ulang</translation>
    </message>
    <message>
        <source>Show the product as it is now saved, without your edits</source>
        <translation>Tampilkan produk seperti yang kini tersimpan, tanpa suntingan Anda</translation>
    </message>
    <message>
        <source>What the list price is in; a sale in another currency is priced by hand.</source>
        <translation>Mata uang harga daftar; penjualan dalam mata uang lain diberi harga secara manual.</translation>
    </message>
    <message>
        <source>&amp;List price:</source>
        <translation>&amp;Harga daftar:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Mata uang:</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code such as IDR, USD or SGD: choose the price&apos;s currency from the list.</source>
        <translation>“%1” bukan kode mata uang ISO 4217 seperti IDR, USD, atau SGD: pilih mata uang harga dari daftar.</translation>
    </message>
</context>
<context>
    <name>cd::ProductRepository</name>
    <message>
        <source>A product needs a name.</source>
        <translation>Produk memerlukan nama.</translation>
    </message>
    <message>
        <source>The product “%1” needs a category.</source>
        <translation>Produk “%1” memerlukan kategori.</translation>
    </message>
    <message>
        <source>The list price %1 of “%2” is negative.</source>
        <translation>Harga daftar %1 untuk “%2” bernilai negatif.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use three capital letters such as EUR or IDR.</source>
        <translation>“%1” bukan kode mata uang; gunakan tiga huruf kapital seperti EUR atau IDR.</translation>
    </message>
    <message>
        <source>There is already a product named “%1”.</source>
        <translation>Sudah ada produk bernama “%1”.</translation>
    </message>
    <message>
        <source>Saving the product “%1” failed</source>
        <translation>Gagal menyimpan produk “%1”</translation>
    </message>
    <message>
        <source>There is no product with id %1.</source>
        <translation>Tidak ada produk dengan id %1.</translation>
    </message>
    <message>
        <source>Deleting the product failed</source>
        <translation>Gagal menghapus produk</translation>
    </message>
    <message>
        <source>Reading the product failed</source>
        <translation>Gagal membaca produk</translation>
    </message>
    <message>
        <source>Reading the products failed</source>
        <translation>Gagal membaca daftar produk</translation>
    </message>
    <message>
        <source>Reading the product categories failed</source>
        <translation>Gagal membaca kategori produk</translation>
    </message>
    <message>
        <source>Someone else changed the product “%1” since you opened it; reload it and try again.</source>
        <translation>Orang lain telah mengubah produk “%1” sejak Anda membukanya; muat ulang lalu coba lagi.</translation>
    </message>
    <message>
        <source>The product&apos;s name</source>
        <translation>Nama produk</translation>
    </message>
    <message>
        <source>The product&apos;s category</source>
        <translation>Kategori produk</translation>
    </message>
    <message>
        <source>The list price of “%1” is too large. %2</source>
        <translation>Harga daftar “%1” terlalu besar. %2</translation>
    </message>
</context>
<context>
    <name>cd::RateDialog</name>
    <message>
        <source>Add Exchange Rate</source>
        <translation>Tambah Kurs</translation>
    </message>
    <message>
        <source>%1 per one unit of the currency, e.g. %2</source>
        <translation>%1 per satu unit mata uang, mis. %2</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Mata uang:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Kurs:</translation>
    </message>
    <message>
        <source>Edit Exchange Rate</source>
        <translation>Ubah Kurs</translation>
    </message>
    <message>
        <source>Type the rate: how many %1 one unit of the currency is worth.</source>
        <translation>Ketik kursnya: berapa %1 nilai satu unit mata uang tersebut.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; pick one from the list or type three letters such as USD.</source>
        <translation>“%1” bukan kode mata uang; pilih dari daftar atau ketik tiga huruf seperti USD.</translation>
    </message>
    <message>
        <source>%1 is the firm&apos;s currency: it needs no rate.</source>
        <translation>%1 adalah mata uang firma: tidak memerlukan kurs.</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3; 1 %3 = %4 %1.</source>
        <translation>1 %1 = %2 %3; 1 %3 = %4 %1.</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3.</source>
        <translation>1 %1 = %2 %3.</translation>
    </message>
</context>
<context>
    <name>cd::ReceivablesTab</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;kspor…</translation>
    </message>
    <message>
        <source>Save the receivables as CSV or Excel</source>
        <translation>Simpan piutang sebagai CSV atau Excel</translation>
    </message>
    <message>
        <source>receivables</source>
        <translation>piutang</translation>
    </message>
    <message>
        <source>Nothing is owed: every issued invoice is paid.
Issued invoices that are not paid yet show here by how long they are past due.</source>
        <translation>Tidak ada tagihan: setiap faktur yang diterbitkan sudah lunas.
Faktur terbit yang belum dibayar ditampilkan di sini menurut lamanya lewat jatuh tempo.</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation>Per %1.</translation>
    </message>
    <message>
        <source>As of %1: %2 owed by %3, of which %4 past due.</source>
        <translation>Per %1: %2 terutang oleh %3, %4 di antaranya lewat jatuh tempo.</translation>
    </message>
    <message>
        <source>one client</source>
        <translation>satu klien</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 klien</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>&amp;Open Invoices…</source>
        <translation>&amp;Buka Faktur…</translation>
    </message>
    <message>
        <source>The selected client&apos;s open invoices</source>
        <translation>Faktur terbuka klien yang dipilih</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>Catat &amp;Pembayaran…</translation>
    </message>
    <message>
        <source>A payment from the selected client, to its oldest invoices first</source>
        <translation>Pembayaran dari klien yang dipilih, ke fakturnya yang paling lama lebih dulu</translation>
    </message>
</context>
<context>
    <name>cd::RecentReports</name>
    <message>
        <source>Client report: %1</source>
        <translation>Laporan klien: %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktur %1</translation>
    </message>
    <message>
        <source>Client reports: %1</source>
        <translation>Laporan klien: %1</translation>
    </message>
    <message>
        <source>every account manager</source>
        <translation>semua manajer akun</translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation>Laporan portofolio</translation>
    </message>
</context>
<context>
    <name>cd::ReconversionWriter</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Writing the converted amounts failed</source>
        <translation>Gagal menulis jumlah hasil konversi</translation>
    </message>
    <message>
        <source>Preparing to write the converted amounts failed</source>
        <translation>Gagal bersiap menulis jumlah hasil konversi</translation>
    </message>
    <message>
        <source>Adding the converted amounts to the rollups failed</source>
        <translation>Gagal menambahkan jumlah hasil konversi ke rekap</translation>
    </message>
    <message>
        <source>%1: a month&apos;s converted revenue would add up to more than ClientDesk can count exactly, so nothing was changed.</source>
        <translation>%1: pendapatan hasil konversi dalam satu bulan akan berjumlah lebih dari yang dapat dihitung ClientDesk secara tepat, jadi tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>cd::ReminderDigest</name>
    <message>
        <source>missed: %1</source>
        <translation>terlewat: %1</translation>
    </message>
    <message>
        <source>today: %1</source>
        <translation>hari ini: %1</translation>
    </message>
    <message>
        <source>this week: %1</source>
        <translation>minggu ini: %1</translation>
    </message>
    <message>
        <source>Notice deadlines</source>
        <translation>Batas pemberitahuan</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Perpanjangan</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>Akhir kontrak</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>Permintaan layanan</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>ClientDesk: needs attention (%1)</source>
        <translation>ClientDesk: perlu perhatian (%1)</translation>
    </message>
</context>
<context>
    <name>cd::ReportBatch</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Folder %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 Stopped after %2 of %3 reports; those written are complete.</source>
        <translation>%1 Berhenti setelah %2 dari %3 laporan; laporan yang sudah ditulis lengkap.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 reports; those written are complete.</source>
        <translation>Dibatalkan setelah %1 dari %2 laporan; laporan yang sudah ditulis lengkap.</translation>
    </message>
    <message>
        <source>%1 Stopped after %2 of %3 invoices; those written are complete.</source>
        <translation>%1 Berhenti setelah %2 dari %3 faktur; faktur yang sudah ditulis lengkap.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 invoices; those written are complete.</source>
        <translation>Dibatalkan setelah %1 dari %2 faktur; faktur yang sudah ditulis lengkap.</translation>
    </message>
</context>
<context>
    <name>cd::ReportData</name>
    <message>
        <source>The logo is %1 KB; a logo for reports may be 1,024 KB at most. Choose a smaller picture.</source>
        <translation>Logo berukuran %1 KB; logo untuk laporan maksimal 1.024 KB. Pilih gambar yang lebih kecil.</translation>
    </message>
    <message>
        <source>The report needs a first and a last day.</source>
        <translation>Laporan memerlukan hari pertama dan hari terakhir.</translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2.</source>
        <translation>Periode berakhir pada %1, sebelum dimulai pada %2.</translation>
    </message>
    <message>
        <source>Name a client by its id or its name.</source>
        <translation>Sebutkan klien dengan id atau namanya.</translation>
    </message>
    <message>
        <source>There is no account with the id or name %1.</source>
        <translation>Tidak ada akun dengan id atau nama %1.</translation>
    </message>
    <message>
        <source>There is no account named &apos;%1&apos;.</source>
        <translation>Tidak ada akun bernama &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Several accounts are named &apos;%1&apos; (ids %2): name one by its id.</source>
        <translation>Beberapa akun bernama &apos;%1&apos; (id %2): sebutkan salah satunya dengan id-nya.</translation>
    </message>
    <message>
        <source>The firm&apos;s name</source>
        <translation>Nama firma</translation>
    </message>
    <message>
        <source>The firm&apos;s address</source>
        <translation>Alamat firma</translation>
    </message>
    <message>
        <source>“%1” is a customer, not a client: the client report is written for clients only.</source>
        <translation>“%1” adalah pelanggan, bukan klien: laporan klien hanya dibuat untuk klien.</translation>
    </message>
    <message>
        <source>The revenue of the report adds up to more than ClientDesk can count exactly; run &apos;clientdesk check&apos; to find the amounts that are too large.</source>
        <translation>Total pendapatan dalam laporan lebih dari yang dapat dihitung ClientDesk secara tepat; jalankan &apos;clientdesk check&apos; untuk menemukan jumlah yang terlalu besar.</translation>
    </message>
    <message>
        <source>The firm&apos;s tax id</source>
        <translation>NPWP firma</translation>
    </message>
    <message>
        <source>The firm&apos;s bank</source>
        <translation>Bank firma</translation>
    </message>
    <message>
        <source>The name of the firm&apos;s bank account</source>
        <translation>Nama pemilik rekening bank firma</translation>
    </message>
    <message>
        <source>The firm&apos;s bank account number</source>
        <translation>Nomor rekening bank firma</translation>
    </message>
    <message>
        <source>The firm&apos;s payment note</source>
        <translation>Catatan pembayaran firma</translation>
    </message>
</context>
<context>
    <name>cd::ReportDialog</name>
    <message>
        <source>Client Report</source>
        <translation>Laporan Klien</translation>
    </message>
    <message>
        <source>Portfolio Report</source>
        <translation>Laporan Portofolio</translation>
    </message>
    <message>
        <source>The report for %1.</source>
        <translation>Laporan untuk %1.</translation>
    </message>
    <message>
        <source>Revenue by customer type, top clients and customers, renewals, conversions and the pipeline.</source>
        <translation>Pendapatan per jenis akun, klien dan pelanggan teratas, perpanjangan, konversi, dan pipeline.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dari:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Sampai:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Kertas:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Pratinjau…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Save Report as PDF</source>
        <translation>Simpan Laporan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>A report is being written; try again when it is done.</source>
        <translation>Laporan sedang ditulis; coba lagi setelah selesai.</translation>
    </message>
    <message>
        <source>Reading the report&apos;s figures…</source>
        <translation>Membaca angka laporan…</translation>
    </message>
    <message>
        <source>Client Report — Preview</source>
        <translation>Laporan Klien — Pratinjau</translation>
    </message>
    <message>
        <source>Portfolio Report — Preview</source>
        <translation>Laporan Portofolio — Pratinjau</translation>
    </message>
    <message>
        <source>Sent %1 pages to %2.</source>
        <translation>%1 halaman dikirim ke %2.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>%1 disimpan (%2 halaman).</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktur</translation>
    </message>
    <message>
        <source>Save Invoice as PDF</source>
        <translation>Simpan Faktur sebagai PDF</translation>
    </message>
    <message>
        <source>Reading the invoice…</source>
        <translation>Membaca faktur…</translation>
    </message>
    <message>
        <source>Credit note %1 to %2, dated %3, for %4.</source>
        <translation>Nota kredit %1 untuk %2, tertanggal %3, sebesar %4.</translation>
    </message>
    <message>
        <source>Invoice %1 to %2, dated %3, for %4.</source>
        <translation>Faktur %1 untuk %2, tertanggal %3, sebesar %4.</translation>
    </message>
    <message>
        <source>It is void: every page says so.</source>
        <translation>Faktur ini batal: setiap halaman menyatakannya.</translation>
    </message>
    <message>
        <source>Credit Note %1</source>
        <translation>Nota Kredit %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktur %1</translation>
    </message>
    <message>
        <source>A draft cannot be printed: issue it first, and it gets its number.</source>
        <translation>Draf tidak dapat dicetak: terbitkan terlebih dahulu, lalu draf mendapat nomornya.</translation>
    </message>
    <message>
        <source>Credit Note %1 — Preview</source>
        <translation>Nota Kredit %1 — Pratinjau</translation>
    </message>
    <message>
        <source>Invoice %1 — Preview</source>
        <translation>Faktur %1 — Pratinjau</translation>
    </message>
    <message>
        <source>Sent one page to %1.</source>
        <translation>Satu halaman dikirim ke %1.</translation>
    </message>
    <message>
        <source>Saved %1 (one page).</source>
        <translation>%1 disimpan (satu halaman).</translation>
    </message>
</context>
<context>
    <name>cd::ReportDocument</name>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>B</source>
        <translation>M</translation>
    </message>
    <message>
        <source>M</source>
        <translation>jt</translation>
    </message>
    <message>
        <source>K</source>
        <translation>rb</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>cd::ReportPrinter</name>
    <message>
        <source>The report cannot be drawn on this printer or file.</source>
        <translation>Laporan tidak dapat digambar pada printer atau berkas ini.</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>Halaman baru tidak dapat dimulai.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Dicetak %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>The report could not be finished.</source>
        <translation>Laporan tidak dapat diselesaikan.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of a PDF file.</source>
        <translation>%1 adalah folder; berikan nama berkas PDF.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cd::ReportQuery</name>
    <message>
        <source>Reading the renewals due failed</source>
        <translation>Gagal membaca perpanjangan yang jatuh tempo</translation>
    </message>
    <message>
        <source>Reading the conversions failed</source>
        <translation>Gagal membaca konversi</translation>
    </message>
    <message>
        <source>Reading the clients failed</source>
        <translation>Gagal membaca klien</translation>
    </message>
    <message>
        <source>Reading the revenue of account %1 failed</source>
        <translation>Gagal membaca pendapatan akun %1</translation>
    </message>
    <message>
        <source>The revenue of account %1 adds up to more than ClientDesk can count exactly; run &apos;clientdesk check&apos; to find the amounts that are too large.</source>
        <translation>Total pendapatan akun %1 lebih dari yang dapat dihitung ClientDesk secara tepat; jalankan &apos;clientdesk check&apos; untuk menemukan jumlah yang terlalu besar.</translation>
    </message>
    <message>
        <source>Reading the amounts without a rate failed</source>
        <translation>Gagal membaca jumlah yang belum memiliki kurs</translation>
    </message>
</context>
<context>
    <name>cd::Reports</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <source>%1%2 %</source>
        <translation>%1%2 %</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 hari</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <source>Client report</source>
        <translation>Laporan klien</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Client profile</source>
        <translation>Profil klien</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Manajer akun</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industri</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Klien sejak</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>Nomor pajak</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>No contacts are recorded.</source>
        <translation>Belum ada kontak yang tercatat.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Active contracts</source>
        <translation>Kontrak aktif</translation>
    </message>
    <message>
        <source>No active contracts.</source>
        <translation>Tidak ada kontrak aktif.</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 per bulan</translation>
    </message>
    <message>
        <source>%1 an hour</source>
        <translation>%1 per jam</translation>
    </message>
    <message>
        <source>from %1, open-ended</source>
        <translation>dari %1, tanpa batas akhir</translation>
    </message>
    <message>
        <source>no automatic renewal</source>
        <translation>tanpa perpanjangan otomatis</translation>
    </message>
    <message>
        <source>renews by 1 month</source>
        <translation>diperpanjang 1 bulan</translation>
    </message>
    <message>
        <source>renews by %1 months</source>
        <translation>diperpanjang %1 bulan</translation>
    </message>
    <message>
        <source>%1 (%2 notice)</source>
        <translation>%1 (masa pemberitahuan %2)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Penagihan</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Jangka waktu</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Perpanjangan</translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation>Batas pemberitahuan</translation>
    </message>
    <message>
        <source>%1, termination: %2</source>
        <translation>%1, pengakhiran: %2</translation>
    </message>
    <message>
        <source>Personalised service plan</source>
        <translation>Paket layanan yang dipersonalisasi</translation>
    </message>
    <message>
        <source>No service plan is recorded.</source>
        <translation>Belum ada paket layanan yang tercatat.</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 jam</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Tailored to the client</source>
        <translation>Disesuaikan untuk klien</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frekuensi</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Waktu respons</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsultan</translation>
    </message>
    <message>
        <source>Service requests in the period</source>
        <translation>Permintaan layanan dalam periode ini</translation>
    </message>
    <message>
        <source>No service requests were opened in the period.</source>
        <translation>Tidak ada permintaan layanan yang dibuka dalam periode ini.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>%1 in this period, against %2 in the period before (%3): %4.</source>
        <translation>%1 dalam periode ini, dibandingkan %2 pada periode sebelumnya (%3): %4.</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(tanpa kategori)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Periode ini</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Periode sebelumnya</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Revenue by category, %1</source>
        <translation>Pendapatan per kategori, %1</translation>
    </message>
    <message>
        <source>Open opportunities</source>
        <translation>Peluang terbuka</translation>
    </message>
    <message>
        <source>No open opportunities.</source>
        <translation>Tidak ada peluang terbuka.</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Peluang</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>Nilai perkiraan</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilitas</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Perkiraan penutupan</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <source>Recent interactions</source>
        <translation>Interaksi terbaru</translation>
    </message>
    <message>
        <source>No interactions in the period.</source>
        <translation>Tidak ada interaksi dalam periode ini.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Dengan</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <source>No follow-ups are planned.</source>
        <translation>Belum ada tindak lanjut yang direncanakan.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 pada %2</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Tindak lanjut pada</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Arising from</source>
        <translation>Berasal dari</translation>
    </message>
    <message>
        <source>Confidential: prepared for %1.</source>
        <translation>Rahasia: disiapkan untuk %1.</translation>
    </message>
    <message>
        <source>Confidential: prepared by %1 for %2.</source>
        <translation>Rahasia: disiapkan oleh %1 untuk %2.</translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation>Laporan portofolio</translation>
    </message>
    <message>
        <source>Revenue by customer type</source>
        <translation>Pendapatan per jenis akun</translation>
    </message>
    <message>
        <source>%1 in all: clients %2 (%3), transactional customers %4 (%5).</source>
        <translation>Total %1: klien %2 (%3), pelanggan transaksional %4 (%5).</translation>
    </message>
    <message>
        <source>Revenue by %1, %2</source>
        <translation>Pendapatan per %1, %2</translation>
    </message>
    <message>
        <source>month</source>
        <translation>bulan</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>kuartal</translation>
    </message>
    <message>
        <source>year</source>
        <translation>tahun</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Share of its type</source>
        <translation>Pangsa dalam jenisnya</translation>
    </message>
    <message>
        <source>Top clients</source>
        <translation>Klien teratas</translation>
    </message>
    <message>
        <source>No client revenue in the period.</source>
        <translation>Tidak ada pendapatan klien dalam periode ini.</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>Pelanggan teratas</translation>
    </message>
    <message>
        <source>No customer revenue in the period.</source>
        <translation>Tidak ada pendapatan pelanggan dalam periode ini.</translation>
    </message>
    <message>
        <source>Renewals due in the next 90 days</source>
        <translation>Perpanjangan yang jatuh tempo dalam 90 hari ke depan</translation>
    </message>
    <message>
        <source>No active contract ends in the next 90 days.</source>
        <translation>Tidak ada kontrak aktif yang berakhir dalam 90 hari ke depan.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Renews itself</source>
        <translation>Diperpanjang otomatis</translation>
    </message>
    <message>
        <source>Monthly value</source>
        <translation>Nilai bulanan</translation>
    </message>
    <message>
        <source>Customers who became clients</source>
        <translation>Pelanggan yang menjadi klien</translation>
    </message>
    <message>
        <source>No conversions in the period.</source>
        <translation>Tidak ada konversi dalam periode ini.</translation>
    </message>
    <message>
        <source>Converted on</source>
        <translation>Dikonversi pada</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Peluang terbuka</translation>
    </message>
    <message>
        <source>Stale deals</source>
        <translation>Peluang mandek</translation>
    </message>
    <message>
        <source>Win rate, clients</source>
        <translation>Tingkat kemenangan, klien</translation>
    </message>
    <message>
        <source>Win rate, customers</source>
        <translation>Tingkat kemenangan, pelanggan</translation>
    </message>
    <message>
        <source>Median sales cycle, clients</source>
        <translation>Median siklus penjualan, klien</translation>
    </message>
    <message>
        <source>Median sales cycle, customers</source>
        <translation>Median siklus penjualan, pelanggan</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Peluang</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Tertimbang</translation>
    </message>
    <message>
        <source>Confidential: for internal use only.</source>
        <translation>Rahasia: hanya untuk penggunaan internal.</translation>
    </message>
    <message>
        <source>Confidential: for internal use at %1 only.</source>
        <translation>Rahasia: hanya untuk penggunaan internal di %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (no %2 rate)</source>
        <translation>%1 (tanpa kurs %2)</translation>
    </message>
    <message>
        <source>%1, of which %2</source>
        <translation>%1, termasuk %2</translation>
    </message>
    <message>
        <source>Amounts in %1, the client&apos;s currency, are shown with their value in %2: each entry converted at the latest rate on or before its day.</source>
        <translation>Jumlah dalam %1, mata uang klien, ditampilkan beserta nilainya dalam %2: setiap entri dikonversi dengan kurs terakhir pada atau sebelum tanggalnya.</translation>
    </message>
    <message>
        <source>Receivables on %1</source>
        <translation>Piutang per %1</translation>
    </message>
    <message>
        <source>Nothing is owed on %1: every issued invoice is paid in full.</source>
        <translation>Tidak ada yang terutang per %1: setiap faktur yang diterbitkan sudah lunas.</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>Belum jatuh tempo</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 hari</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 hari</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 hari</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Lebih dari 90 hari</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Terutang</translation>
    </message>
    <message>
        <source>Total in %1</source>
        <translation>Total dalam %1</translation>
    </message>
    <message>
        <source>In %1:</source>
        <translation>Dalam %1:</translation>
    </message>
    <message>
        <source>1 account owes %1.</source>
        <translation>1 akun berutang %1.</translation>
    </message>
    <message>
        <source>%1 accounts owe %2.</source>
        <translation>%1 akun berutang %2.</translation>
    </message>
    <message>
        <source>What is owed on the day printed, whatever the report&apos;s period: issued invoices less their payments and credit notes, by days past their due date.</source>
        <translation>Yang terutang pada hari dicetak, apa pun periode laporannya: faktur terbit dikurangi pembayaran dan nota kreditnya, menurut hari lewat jatuh tempo.</translation>
    </message>
    <message>
        <source>Requests opened: %1; answered within the agreed response time: %3 of the %2 due so far (%4).</source>
        <translation>Permintaan dibuka: %1; dijawab dalam waktu respons yang disepakati: %3 dari %2 yang sudah jatuh tempo (%4).</translation>
    </message>
    <message>
        <source>Requests opened: %1; none is due yet.</source>
        <translation>Permintaan dibuka: %1; belum ada yang jatuh tempo.</translation>
    </message>
</context>
<context>
    <name>cd::ReportsView</name>
    <message>
        <source>Default Folder for Reports</source>
        <translation>Folder Bawaan untuk Laporan</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Make a report</source>
        <translation>Buat laporan</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>&amp;Client Report…</source>
        <translation>&amp;Laporan Klien…</translation>
    </message>
    <message>
        <source>&amp;Portfolio Report…</source>
        <translation>Laporan &amp;Portofolio…</translation>
    </message>
    <message>
        <source>Client Reports for a &amp;Manager…</source>
        <translation>Laporan Klien per &amp;Manajer…</translation>
    </message>
    <message>
        <source>&amp;Invoices…</source>
        <translation>&amp;Faktur…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>The folder Save as PDF… and the batches start in</source>
        <translation>Folder awal untuk Simpan sebagai PDF… dan laporan massal</translation>
    </message>
    <message>
        <source>Client report</source>
        <translation>Laporan klien</translation>
    </message>
    <message>
        <source>One client&apos;s contracts, revenue against last year, service requests, opportunities and interactions for a period.</source>
        <translation>Kontrak, pendapatan dibanding tahun lalu, permintaan layanan, peluang, dan interaksi satu klien untuk suatu periode.</translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation>Laporan portofolio</translation>
    </message>
    <message>
        <source>Every client and customer: revenue by type and month, the largest accounts, renewals and notice deadlines, and what clients owe.</source>
        <translation>Semua klien dan pelanggan: pendapatan per jenis dan bulan, akun terbesar, perpanjangan dan batas waktu pemberitahuan, serta tagihan klien.</translation>
    </message>
    <message>
        <source>Client reports for a manager</source>
        <translation>Laporan klien per manajer</translation>
    </message>
    <message>
        <source>A report of its own for each active client of one account manager (or all), written into a folder, with progress and Cancel.</source>
        <translation>Satu laporan untuk setiap klien aktif dari seorang manajer akun (atau semua), ditulis ke sebuah folder, dengan kemajuan dan Batal.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktur</translation>
    </message>
    <message>
        <source>Issued invoices and credit notes: choose them in Contracts › Invoices, then Print/PDF… (several at once go into a folder).</source>
        <translation>Faktur dan nota kredit yang diterbitkan: pilih di Kontrak › Faktur, lalu Cetak/PDF… (beberapa sekaligus masuk ke sebuah folder).</translation>
    </message>
    <message>
        <source>Reports are saved in:</source>
        <translation>Laporan disimpan di:</translation>
    </message>
    <message>
        <source>Made on this computer lately</source>
        <translation>Dibuat di komputer ini baru-baru ini</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Saved as</source>
        <translation>Disimpan sebagai</translation>
    </message>
    <message>
        <source>Reports you save as PDF on this computer are listed here, newest first, to open or make again.</source>
        <translation>Laporan yang Anda simpan sebagai PDF di komputer ini tercantum di sini, yang terbaru lebih dulu, untuk dibuka atau dibuat ulang.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Tampilkan di F&amp;older</translation>
    </message>
    <message>
        <source>Make &amp;Again…</source>
        <translation>Buat Ula&amp;ng…</translation>
    </message>
    <message>
        <source>The same report with the same choices, from the data as it is now</source>
        <translation>Laporan yang sama dengan pilihan yang sama, dari data saat ini</translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation>&amp;Hapus dari Daftar</translation>
    </message>
    <message>
        <source>Takes the report off this list; the file stays where it is</source>
        <translation>Menghapus laporan dari daftar ini; berkasnya tetap di tempatnya</translation>
    </message>
    <message>
        <source>The clients could not be read: %1</source>
        <translation>Klien tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Belum ada klien</translation>
    </message>
    <message>
        <source>Type a client&apos;s name</source>
        <translation>Ketik nama klien</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 is no longer there: it was moved or deleted. Make Again… writes it anew.</source>
        <translation>%1 sudah tidak ada: dipindahkan atau dihapus. Buat Ulang… menulisnya kembali.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>Tidak ada program di komputer ini yang dapat membuka %1.</translation>
    </message>
    <message>
        <source>The folder %1 is no longer there.</source>
        <translation>Folder %1 sudah tidak ada.</translation>
    </message>
    <message>
        <source>No program on this computer shows the folder %1.</source>
        <translation>Tidak ada program di komputer ini yang dapat menampilkan folder %1.</translation>
    </message>
    <message>
        <source>This report was made from another database (%1). Open that database to make it again.</source>
        <translation>Laporan ini dibuat dari basis data lain (%1). Buka basis data itu untuk membuatnya ulang.</translation>
    </message>
</context>
<context>
    <name>cd::RequestDialog</name>
    <message>
        <source>New Service Request</source>
        <translation>Permintaan Layanan Baru</translation>
    </message>
    <message>
        <source>e.g. Review the supplier agreement</source>
        <translation>mis. Tinjau perjanjian pemasok</translation>
    </message>
    <message>
        <source>Not under a service item (%1 hours)</source>
        <translation>Tidak terkait item layanan (%1 jam)</translation>
    </message>
    <message>
        <source>%1 (%2 hours)</source>
        <translation>%1 (%2 jam)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>J&amp;udul:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioritas:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Layanan:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Deskripsi:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Jatuh tempo:</translation>
    </message>
</context>
<context>
    <name>cd::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Pulihkan dari Cadangan</translation>
    </message>
    <message>
        <source>Backups of %1 in %2. Restoring replaces the database with the backup; the database as it is now is kept beside it.</source>
        <translation>Cadangan %1 di %2. Pemulihan mengganti basis data dengan cadangan; basis data dalam kondisi saat ini disimpan di sebelahnya.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>There are no backups yet. One is taken when the database is opened, at most once a day, while automatic backups are on.</source>
        <translation>Belum ada cadangan. Cadangan dibuat saat basis data dibuka, paling banyak sekali sehari, selama pencadangan otomatis aktif.</translation>
    </message>
    <message>
        <source>Back up &amp;automatically when the database is opened, at most once a day</source>
        <translation>Cadangkan secara &amp;otomatis saat basis data dibuka, paling banyak sekali sehari</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>cadangan terbaru</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Pulihkan…</translation>
    </message>
</context>
<context>
    <name>cd::RevenueAnalytics</name>
    <message>
        <source>Revenue is grouped by month, quarter or year, not by “%1”.</source>
        <translation>Pendapatan dikelompokkan per bulan (month), kuartal (quarter), atau tahun (year), bukan per “%1”.</translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2.</source>
        <translation>Periode berakhir pada %1, sebelum dimulai pada %2.</translation>
    </message>
    <message>
        <source>The largest accounts need a first and a last day.</source>
        <translation>Daftar akun terbesar memerlukan hari pertama dan hari terakhir.</translation>
    </message>
    <message>
        <source>Finding the largest accounts failed</source>
        <translation>Gagal menemukan akun terbesar</translation>
    </message>
    <message>
        <source>Adding up the revenue failed</source>
        <translation>Gagal menjumlahkan pendapatan</translation>
    </message>
    <message>
        <source>%1: the revenue adds up to more than ClientDesk can count exactly; run &apos;clientdesk check&apos; to find the amounts that are too large.</source>
        <translation>%1: total pendapatan lebih dari yang dapat dihitung ClientDesk secara tepat; jalankan &apos;clientdesk check&apos; untuk menemukan jumlah yang terlalu besar.</translation>
    </message>
</context>
<context>
    <name>cd::RevenueCharts</name>
    <message>
        <source>Clients</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industri</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>Kategori produk</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No revenue in this period for this filter.</source>
        <translation>Tidak ada pendapatan pada periode ini untuk filter ini.</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>klien</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>pelanggan</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Pangsa</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>Seluruh periode</translation>
    </message>
    <message>
        <source>Paying clients</source>
        <translation>Klien yang membayar</translation>
    </message>
    <message>
        <source>Revenue per client</source>
        <translation>Pendapatan per klien</translation>
    </message>
    <message>
        <source>Paying customers</source>
        <translation>Pelanggan yang membayar</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>Pendapatan per pelanggan</translation>
    </message>
    <message>
        <source>No paying accounts in this period for this filter.</source>
        <translation>Tidak ada akun yang membayar pada periode ini untuk filter ini.</translation>
    </message>
    <message>
        <source>%1: %2 paying clients, %3 each on average</source>
        <translation>%1: %2 klien yang membayar, rata-rata %3 per klien</translation>
    </message>
    <message>
        <source>%1: %2 paying customers, %3 each on average</source>
        <translation>%1: %2 pelanggan yang membayar, rata-rata %3 per pelanggan</translation>
    </message>
    <message>
        <source>Paying accounts</source>
        <translation>Akun yang membayar</translation>
    </message>
    <message>
        <source>Revenue per account</source>
        <translation>Pendapatan per akun</translation>
    </message>
    <message>
        <source>With a promotion</source>
        <translation>Dengan promosi</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Perilaku</translation>
    </message>
    <message>
        <source>Customer revenue</source>
        <translation>Pendapatan pelanggan</translation>
    </message>
    <message>
        <source>No customer revenue in this period for this filter.</source>
        <translation>Tidak ada pendapatan pelanggan pada periode ini untuk filter ini.</translation>
    </message>
    <message>
        <source>Promotion-driven share: %1</source>
        <translation>Pangsa pemburu promo: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of customer revenue)</source>
        <translation>%1: %2 (%3 dari pendapatan pelanggan)</translation>
    </message>
    <message>
        <source>Top %1 together</source>
        <translation>Gabungan %1 teratas</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Top 10 accounts: %1 of revenue</source>
        <translation>10 akun teratas: %1 dari pendapatan</translation>
    </message>
    <message>
        <source>Cumulative share of revenue</source>
        <translation>Pangsa kumulatif pendapatan</translation>
    </message>
    <message>
        <source>The top %1 % of accounts (%2) bring %3 % of revenue</source>
        <translation>%1 % akun teratas (%2) menghasilkan %3 % pendapatan</translation>
    </message>
    <message>
        <source>Evenly spread</source>
        <translation>Tersebar merata</translation>
    </message>
    <message>
        <source>Share of paying accounts, largest first</source>
        <translation>Pangsa akun yang membayar, dari yang terbesar</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Pangsa pendapatan</translation>
    </message>
</context>
<context>
    <name>cd::RevenueCube</name>
    <message>
        <source>Reading the revenue rollup</source>
        <translation>Membaca rekap pendapatan</translation>
    </message>
    <message>
        <source>Reading the accounts for the analytics</source>
        <translation>Membaca akun untuk analitik</translation>
    </message>
    <message>
        <source>Reading the revenue rollup failed: the revenue adds up to more than ClientDesk can count exactly; run &apos;clientdesk check&apos; to find the amounts that are too large.</source>
        <translation>Gagal membaca rekap pendapatan: total pendapatan lebih dari yang dapat dihitung ClientDesk secara tepat; jalankan &apos;clientdesk check&apos; untuk menemukan jumlah yang terlalu besar.</translation>
    </message>
</context>
<context>
    <name>cd::RevenueEntriesDialog</name>
    <message>
        <source>Clients</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Behaviour: %1</source>
        <translation>Perilaku: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Akun: %1</translation>
    </message>
    <message>
        <source>one account manager</source>
        <translation>satu manajer akun</translation>
    </message>
    <message>
        <source>Revenue entries</source>
        <translation>Entri pendapatan</translation>
    </message>
    <message>
        <source>Counting the entries…</source>
        <translation>Menghitung entri…</translation>
    </message>
    <message>
        <source>%1 entries, together %2.</source>
        <translation>%1 entri, total %2.</translation>
    </message>
</context>
<context>
    <name>cd::RevenueEntryListModel</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promosi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Reading the exchange rates failed</source>
        <translation>Gagal membaca kurs</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>tanpa kurs</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Dalam %1</translation>
    </message>
</context>
<context>
    <name>cd::RevenueEntryQuery</name>
    <message>
        <source>Listing the revenue entries failed</source>
        <translation>Gagal menampilkan daftar entri pendapatan</translation>
    </message>
    <message>
        <source>Counting the revenue entries failed</source>
        <translation>Gagal menghitung entri pendapatan</translation>
    </message>
</context>
<context>
    <name>cd::RevenueRepository</name>
    <message>
        <source>A revenue entry needs the account it was earned from.</source>
        <translation>Entri pendapatan memerlukan akun asal pendapatan tersebut.</translation>
    </message>
    <message>
        <source>A revenue entry needs a valid date.</source>
        <translation>Entri pendapatan memerlukan tanggal yang valid.</translation>
    </message>
    <message>
        <source>A revenue entry needs an amount other than 0.</source>
        <translation>Entri pendapatan memerlukan jumlah selain 0.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as IDR or EUR.</source>
        <translation>“%1” bukan kode mata uang seperti IDR atau EUR.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1, not %1.</source>
        <translation>Kuantitas minimal 1, bukan %1.</translation>
    </message>
    <message>
        <source>A discount cannot be negative.</source>
        <translation>Diskon tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Checking the account failed</source>
        <translation>Gagal memeriksa akun</translation>
    </message>
    <message>
        <source>There is no account with id %1 for this revenue entry.</source>
        <translation>Tidak ada akun dengan id %1 untuk entri pendapatan ini.</translation>
    </message>
    <message>
        <source>Checking the contract failed</source>
        <translation>Gagal memeriksa kontrak</translation>
    </message>
    <message>
        <source>There is no contract with id %1.</source>
        <translation>Tidak ada kontrak dengan id %1.</translation>
    </message>
    <message>
        <source>Contract %1 belongs to %2, not to %3.</source>
        <translation>Kontrak %1 milik %2, bukan milik %3.</translation>
    </message>
    <message>
        <source>Checking the product failed</source>
        <translation>Gagal memeriksa produk</translation>
    </message>
    <message>
        <source>There is no product with id %1.</source>
        <translation>Tidak ada produk dengan id %1.</translation>
    </message>
    <message>
        <source>Saving the revenue entry of %1 failed</source>
        <translation>Gagal menyimpan entri pendapatan %1</translation>
    </message>
    <message>
        <source>%1 on %2 from %3</source>
        <translation>%1 pada %2 dari %3</translation>
    </message>
    <message>
        <source>Deleting the revenue entry failed</source>
        <translation>Gagal menghapus entri pendapatan</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 pada %2</translation>
    </message>
    <message>
        <source>Reading the revenue entry failed</source>
        <translation>Gagal membaca entri pendapatan</translation>
    </message>
    <message>
        <source>There is no revenue entry with id %1.</source>
        <translation>Tidak ada entri pendapatan dengan id %1.</translation>
    </message>
    <message>
        <source>Reading the revenue failed</source>
        <translation>Gagal membaca pendapatan</translation>
    </message>
    <message>
        <source>Adding up the revenue failed</source>
        <translation>Gagal menjumlahkan pendapatan</translation>
    </message>
    <message>
        <source>The revenue entry&apos;s description</source>
        <translation>Deskripsi entri pendapatan</translation>
    </message>
    <message>
        <source>The revenue entry&apos;s category</source>
        <translation>Kategori entri pendapatan</translation>
    </message>
    <message>
        <source>The revenue entry&apos;s promotion</source>
        <translation>Promosi entri pendapatan</translation>
    </message>
    <message>
        <source>The date of a revenue entry: %1.</source>
        <translation>Tanggal entri pendapatan: %1.</translation>
    </message>
    <message>
        <source>The revenue entry of %1 is too large. %2</source>
        <translation>Entri pendapatan sebesar %1 terlalu besar. %2</translation>
    </message>
    <message>
        <source>The discount of %1 is too large. %2</source>
        <translation>Diskon sebesar %1 terlalu besar. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries of %1 from %2</source>
        <translation>
            <numerusform>%n entri %1 dari %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting the revenue of %1 failed</source>
        <translation>Gagal menghapus pendapatan %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries of %1</source>
        <translation>
            <numerusform>%n entri %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::RevenueRollup</name>
    <message>
        <source>The monthly revenue rollup of %1 for %2 holds %3 in %4 entries, but the entries add up to %5 in %6.</source>
        <translation>Rekap pendapatan bulanan %1 untuk %2 berisi %3 dalam %4 entri, tetapi entri-entrinya berjumlah %5 dalam %6.</translation>
    </message>
    <message>
        <source>The monthly revenue totals of %1 revenue for %2 hold %3 in %4 entries, but the entries add up to %5 in %6.</source>
        <translation>Total bulanan pendapatan %1 untuk %2 berisi %3 dalam %4 entri, tetapi entri-entrinya berjumlah %5 dalam %6.</translation>
    </message>
    <message>
        <source>Checking the monthly revenue rollups failed</source>
        <translation>Gagal memeriksa rekap pendapatan bulanan</translation>
    </message>
    <message>
        <source>… and %1 more like the last one.</source>
        <translation>… dan %1 lagi seperti yang terakhir.</translation>
    </message>
    <message>
        <source>The monthly revenue rollup of %1 for %2 holds %3 converted to the firm&apos;s currency (%4 entries not converted), but the entries&apos; converted amounts add up to %5 (%6 not converted).</source>
        <translation>Rekap pendapatan bulanan %1 untuk %2 berisi %3 setelah dikonversi ke mata uang firma (%4 entri tidak dikonversi), tetapi jumlah hasil konversi entri-entrinya berjumlah %5 (%6 tidak dikonversi).</translation>
    </message>
    <message>
        <source>The monthly revenue totals of %1 revenue for %2 hold %3 converted to the firm&apos;s currency (%4 entries not converted), but the entries&apos; converted amounts add up to %5 (%6 not converted).</source>
        <translation>Total bulanan pendapatan %1 untuk %2 berisi %3 setelah dikonversi ke mata uang firma (%4 entri tidak dikonversi), tetapi jumlah hasil konversi entri-entrinya berjumlah %5 (%6 tidak dikonversi).</translation>
    </message>
</context>
<context>
    <name>cd::RevenueRollupBatch</name>
    <message>
        <source>Preparing the revenue rollups failed</source>
        <translation>Gagal menyiapkan rekap pendapatan</translation>
    </message>
    <message>
        <source>Adding the new revenue to the rollups failed</source>
        <translation>Gagal menambahkan pendapatan baru ke rekap</translation>
    </message>
    <message>
        <source>%1: the month&apos;s revenue would add up to more than ClientDesk can count exactly, so nothing was saved.</source>
        <translation>%1: total pendapatan bulan itu akan menjadi lebih dari yang dapat dihitung ClientDesk secara tepat, jadi tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>%1: an amount is larger than ClientDesk holds. %2</source>
        <translation>%1: ada jumlah yang lebih besar daripada yang dapat ditampung ClientDesk. %2</translation>
    </message>
</context>
<context>
    <name>cd::RollingBackups</name>
    <message>
        <source>Keep from %1 to %2 backups, not %3.</source>
        <translation>Jumlah cadangan yang disimpan harus dari %1 sampai %2, bukan %3.</translation>
    </message>
    <message>
        <source>Looking at the database before backing it up</source>
        <translation>Memeriksa basis data sebelum mencadangkannya</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Folder cadangan %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The backup %1 no longer exists.</source>
        <translation>Cadangan %1 sudah tidak ada.</translation>
    </message>
    <message>
        <source>The backup could not be copied beside %1; is the folder full or read-only?</source>
        <translation>Cadangan tidak dapat disalin ke samping %1; apakah foldernya penuh atau hanya-baca?</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>Cadangan tidak dapat dipulihkan: %1</translation>
    </message>
    <message>
        <source>%1 could not be moved aside; nothing was restored.</source>
        <translation>%1 tidak dapat disisihkan; tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1; the database is as it was.</source>
        <translation>Cadangan tidak dapat ditempatkan menggantikan %1; basis data tetap seperti semula.</translation>
    </message>
    <message>
        <source>%1 is open in another ClientDesk window or a clientdesk command, so the backup was not restored; close it there and try again.</source>
        <translation>%1 sedang dibuka di jendela ClientDesk lain atau oleh perintah clientdesk, jadi cadangan tidak dipulihkan; tutup di sana lalu coba lagi.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2.</source>
        <translation>Cadangan %1 tidak dapat dibaca: %2.</translation>
    </message>
</context>
<context>
    <name>cd::RowReader</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 gagal: %2</translation>
    </message>
    <message>
        <source>%1 failed: the amounts add up to more than ClientDesk can count exactly; run &apos;clientdesk check&apos; to find the amounts that are too large.</source>
        <translation>%1 gagal: total jumlahnya lebih dari yang dapat dihitung ClientDesk secara tepat; jalankan &apos;clientdesk check&apos; untuk menemukan jumlah yang terlalu besar.</translation>
    </message>
    <message>
        <source>%1 failed: a sum is larger than ClientDesk can count exactly; run &apos;clientdesk check&apos; to find the amounts that are too large.</source>
        <translation>%1 gagal: ada total yang lebih dari yang dapat dihitung ClientDesk secara tepat; jalankan &apos;clientdesk check&apos; untuk menemukan jumlah yang terlalu besar.</translation>
    </message>
</context>
<context>
    <name>cd::SaleDialog</name>
    <message>
        <source>Record Sale</source>
        <translation>Catat Penjualan</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kuantitas</translation>
    </message>
    <message>
        <source>Unit price (%1)</source>
        <translation>Harga satuan (%1)</translation>
    </message>
    <message>
        <source>Discount (%1)</source>
        <translation>Diskon (%1)</translation>
    </message>
    <message>
        <source>Promotion code</source>
        <translation>Kode promosi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>&amp;Add Line</source>
        <translation>Ta&amp;mbah Baris</translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation>&amp;Hapus Baris</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Pelanggan:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The catalogue has no products yet: add them in Customers &gt; Catalogue… first.</source>
        <translation>Katalog belum berisi produk: tambahkan melalui Pelanggan &gt; Katalog… terlebih dahulu.</translation>
    </message>
    <message>
        <source>Choose the customer who bought.</source>
        <translation>Pilih pelanggan yang membeli.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>A sale needs the customer</source>
        <translation>Penjualan memerlukan pelanggan</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>What the prices, discounts and total are in: the customer&apos;s own currency unless you choose another.</source>
        <translation>Mata uang untuk harga, diskon, dan total: mata uang pelanggan sendiri kecuali Anda memilih yang lain.</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Mata uang:</translation>
    </message>
    <message>
        <source>price in %1</source>
        <translation>harga dalam %1</translation>
    </message>
    <message>
        <source>The list price is %1; type this sale&apos;s price in %2.</source>
        <translation>Harga daftarnya %1; ketik harga penjualan ini dalam %2.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code such as IDR, USD or SGD: choose the sale&apos;s currency from the list.</source>
        <translation>“%1” bukan kode mata uang ISO 4217 seperti IDR, USD, atau SGD: pilih mata uang penjualan dari daftar.</translation>
    </message>
    <message>
        <source>Line %1: enter the unit price in %2.</source>
        <translation>Baris %1: masukkan harga satuan dalam %2.</translation>
    </message>
    <message>
        <source>Line %1: enter the unit price in %2 (the list price is %3).</source>
        <translation>Baris %1: masukkan harga satuan dalam %2 (harga daftarnya %3).</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Baris %1</translation>
    </message>
</context>
<context>
    <name>cd::SaleRecorder</name>
    <message>
        <source>A sale needs the customer who bought.</source>
        <translation>Penjualan memerlukan pelanggan yang membeli.</translation>
    </message>
    <message>
        <source>A sale needs the day it was made.</source>
        <translation>Penjualan memerlukan tanggal transaksinya.</translation>
    </message>
    <message>
        <source>A sale needs at least one line: add a product.</source>
        <translation>Penjualan memerlukan setidaknya satu baris: tambahkan produk.</translation>
    </message>
    <message>
        <source>Line %1 needs a product from the catalogue.</source>
        <translation>Baris %1 memerlukan produk dari katalog.</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be at least 1, not %2.</source>
        <translation>Baris %1: kuantitas minimal 1, bukan %2.</translation>
    </message>
    <message>
        <source>Line %1: the price cannot be negative.</source>
        <translation>Baris %1: harga tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Line %1 needs a price in a currency such as IDR.</source>
        <translation>Baris %1 memerlukan harga dalam mata uang seperti IDR.</translation>
    </message>
    <message>
        <source>Line %1: a discount cannot be negative.</source>
        <translation>Baris %1: diskon tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Line %1: the amount is too large.</source>
        <translation>Baris %1: jumlahnya terlalu besar.</translation>
    </message>
    <message>
        <source>Line %1: the discount of %2 is more than the price of %3.</source>
        <translation>Baris %1: diskon %2 melebihi harga %3.</translation>
    </message>
    <message>
        <source>Line %1 comes to nothing; leave it out or change the discount.</source>
        <translation>Baris %1 bernilai nol; hapus baris ini atau ubah diskonnya.</translation>
    </message>
    <message>
        <source>There is no account with id %1 to sell to.</source>
        <translation>Tidak ada akun dengan id %1 sebagai pembeli.</translation>
    </message>
    <message>
        <source>Line %1: product %2 is not in the catalogue.</source>
        <translation>Baris %1: produk %2 tidak ada di katalog.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is no longer sold (inactive in the catalogue).</source>
        <translation>Baris %1: “%2” tidak dijual lagi (nonaktif di katalog).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>first sale on %1</source>
        <translation>penjualan pertama pada %1</translation>
    </message>
    <message>
        <source>The day of the sale: %1.</source>
        <translation>Tanggal penjualan: %1.</translation>
    </message>
    <message>
        <source>The promotion of line %1</source>
        <translation>Promosi baris %1</translation>
    </message>
    <message>
        <source>Line %1: the amount is too large. %2</source>
        <translation>Baris %1: jumlahnya terlalu besar. %2</translation>
    </message>
</context>
<context>
    <name>cd::SampleGenerator</name>
    <message>
        <source>Creating the sample portfolio was cancelled; nothing was written.</source>
        <translation>Pembuatan portofolio contoh dibatalkan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Writing accounts, contracts and revenue</source>
        <translation>Menulis akun, kontrak, dan pendapatan</translation>
    </message>
    <message>
        <source>The number of sample accounts must be from 1 to 1,000,000, not %1.</source>
        <translation>Jumlah akun contoh harus antara 1 dan 1.000.000, bukan %1.</translation>
    </message>
    <message>
        <source>The number of sample revenue entries must be from 0 to 50,000,000, not %1.</source>
        <translation>Jumlah entri pendapatan contoh harus antara 0 dan 50.000.000, bukan %1.</translation>
    </message>
    <message>
        <source>The sample portfolio needs a valid end date.</source>
        <translation>Portofolio contoh memerlukan tanggal akhir yang valid.</translation>
    </message>
    <message>
        <source>Checking that the database is empty</source>
        <translation>Memeriksa apakah basis data kosong</translation>
    </message>
    <message>
        <source>%1 already holds %2 accounts; a sample portfolio can only be created in an empty database.</source>
        <translation>%1 sudah berisi %2 akun; portofolio contoh hanya dapat dibuat di basis data yang kosong.</translation>
    </message>
    <message>
        <source>Reading the currency setting</source>
        <translation>Membaca pengaturan mata uang</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as IDR or EUR.</source>
        <translation>“%1” bukan kode mata uang seperti IDR atau EUR.</translation>
    </message>
    <message>
        <source>Planning the portfolio</source>
        <translation>Merencanakan portofolio</translation>
    </message>
    <message>
        <source>Reading the firm&apos;s settings</source>
        <translation>Membaca pengaturan firma</translation>
    </message>
    <message>
        <source>Tagging customers by behaviour</source>
        <translation>Menandai pelanggan berdasarkan perilaku</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Menyimpan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Writing the exchange rates</source>
        <translation>Menulis kurs</translation>
    </message>
    <message>
        <source>Logging the consultants&apos; time</source>
        <translation>Mencatat waktu para konsultan</translation>
    </message>
    <message>
        <source>Billing the contracts</source>
        <translation>Menagih kontrak</translation>
    </message>
</context>
<context>
    <name>cd::SampleSizeDialog</name>
    <message>
        <source>Create Sample Portfolio</source>
        <translation>Buat Portofolio Contoh</translation>
    </message>
    <message>
        <source>ClientDesk fills this database with made-up clients, customers, contracts, requests and revenue. Choose a size:</source>
        <translation>ClientDesk mengisi basis data ini dengan klien, pelanggan, kontrak, permintaan, dan pendapatan fiktif. Pilih ukuran:</translation>
    </message>
    <message>
        <source>Small: %1 accounts, %2 revenue entries</source>
        <translation>Kecil: %1 akun, %2 entri pendapatan</translation>
    </message>
    <message>
        <source>Large: %1 accounts, %2 revenue entries</source>
        <translation>Besar: %1 akun, %2 entri pendapatan</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Buat</translation>
    </message>
    <message>
        <source>Quick to create; enough to try every view.</source>
        <translation>Cepat dibuat; cukup untuk mencoba setiap tampilan.</translation>
    </message>
    <message>
        <source>A busy firm over several years; takes longer to create.</source>
        <translation>Firma yang sibuk selama beberapa tahun; butuh waktu lebih lama untuk dibuat.</translation>
    </message>
</context>
<context>
    <name>cd::SampleWorker</name>
    <message>
        <source>Created a sample portfolio of %1 clients and %2 customers, with %3 contracts and %4 revenue entries.</source>
        <translation>Portofolio contoh dibuat dengan %1 klien dan %2 pelanggan, beserta %3 kontrak dan %4 entri pendapatan.</translation>
    </message>
</context>
<context>
    <name>cd::SegmentRepository</name>
    <message>
        <source>A segment needs a name.</source>
        <translation>Segmen memerlukan nama.</translation>
    </message>
    <message>
        <source>A segment name can have at most %1 characters; this one has %2.</source>
        <translation>Nama segmen maksimal %1 karakter; nama ini %2 karakter.</translation>
    </message>
    <message>
        <source>A segment needs at least one filter; without any it would be every customer.</source>
        <translation>Segmen memerlukan setidaknya satu filter; tanpa filter, segmen akan mencakup semua pelanggan.</translation>
    </message>
    <message>
        <source>Reading the segments failed</source>
        <translation>Gagal membaca daftar segmen</translation>
    </message>
    <message>
        <source>Saving the segment “%1” failed</source>
        <translation>Gagal menyimpan segmen “%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading the segment failed</source>
        <translation>Gagal membaca segmen</translation>
    </message>
    <message>
        <source>There is no segment with id %1; someone may have deleted it.</source>
        <translation>Tidak ada segmen dengan id %1; mungkin seseorang telah menghapusnya.</translation>
    </message>
    <message>
        <source>Deleting the segment “%1” failed</source>
        <translation>Gagal menghapus segmen “%1”</translation>
    </message>
    <message>
        <source>The segment&apos;s name</source>
        <translation>Nama segmen</translation>
    </message>
</context>
<context>
    <name>cd::ServerAddress</name>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Masukkan nama host atau alamat server.</translation>
    </message>
    <message>
        <source>“%1” is not a host name or address.</source>
        <translation>“%1” bukan nama host atau alamat.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Port harus antara 1 dan 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Masukkan nama basis data di server.</translation>
    </message>
    <message>
        <source>A database name cannot contain “/”.</source>
        <translation>Nama basis data tidak boleh berisi “/”.</translation>
    </message>
    <message>
        <source>Enter the user name to sign in with.</source>
        <translation>Masukkan nama pengguna untuk masuk.</translation>
    </message>
    <message>
        <source>Choose a TLS mode.</source>
        <translation>Pilih mode TLS.</translation>
    </message>
</context>
<context>
    <name>cd::ServiceItemDialog</name>
    <message>
        <source>New Service</source>
        <translation>Layanan Baru</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Ubah %1</translation>
    </message>
    <message>
        <source>e.g. Monthly advisory call</source>
        <translation>mis. Panggilan konsultasi bulanan</translation>
    </message>
    <message>
        <source>How it is tailored to this client</source>
        <translation>Bagaimana layanan ini disesuaikan untuk klien ini</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> jam</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Layanan:</translation>
    </message>
    <message>
        <source>&amp;Tailored:</source>
        <translation>&amp;Penyesuaian:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frekuensi:</translation>
    </message>
    <message>
        <source>&amp;Response time:</source>
        <translation>&amp;Waktu respons:</translation>
    </message>
    <message>
        <source>&amp;Consultant:</source>
        <translation>&amp;Konsultan:</translation>
    </message>
    <message>
        <source>Show the service as it is now saved, without your edits</source>
        <translation>Tampilkan layanan seperti yang kini tersimpan, tanpa suntingan Anda</translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation>&amp;Muat Ulang</translation>
    </message>
</context>
<context>
    <name>cd::ServiceItemRepository</name>
    <message>
        <source>A service item needs a title saying what is delivered.</source>
        <translation>Item layanan memerlukan judul yang menyebutkan apa yang diberikan.</translation>
    </message>
    <message>
        <source>The service item “%1” needs the client it is for.</source>
        <translation>Item layanan “%1” memerlukan klien penerimanya.</translation>
    </message>
    <message>
        <source>The agreed response time of “%1” must be at least one hour, not %2.</source>
        <translation>Waktu respons yang disepakati untuk “%1” minimal satu jam, bukan %2.</translation>
    </message>
    <message>
        <source>Checking the client of the service item failed</source>
        <translation>Gagal memeriksa klien item layanan</translation>
    </message>
    <message>
        <source>There is no account with id %1 for the service item “%2”.</source>
        <translation>Tidak ada akun dengan id %1 untuk item layanan “%2”.</translation>
    </message>
    <message>
        <source>%1 is a customer; a personalised service plan is for clients.</source>
        <translation>%1 adalah pelanggan; paket layanan yang dipersonalisasi hanya untuk klien.</translation>
    </message>
    <message>
        <source>Checking the contract of the service item failed</source>
        <translation>Gagal memeriksa kontrak item layanan</translation>
    </message>
    <message>
        <source>There is no contract with id %1.</source>
        <translation>Tidak ada kontrak dengan id %1.</translation>
    </message>
    <message>
        <source>Contract %1 does not belong to %2.</source>
        <translation>Kontrak %1 bukan milik %2.</translation>
    </message>
    <message>
        <source>The service item “%1” has no id to be stored again under.</source>
        <translation>Item layanan “%1” tidak memiliki id untuk disimpan ulang.</translation>
    </message>
    <message>
        <source>Saving the service item “%1” failed</source>
        <translation>Gagal menyimpan item layanan “%1”</translation>
    </message>
    <message>
        <source>Someone else changed the service item “%1” since you opened it; reload it and try again.</source>
        <translation>Orang lain telah mengubah item layanan “%1” sejak Anda membukanya; muat ulang lalu coba lagi.</translation>
    </message>
    <message>
        <source>Deleting the service item “%1” failed</source>
        <translation>Gagal menghapus item layanan “%1”</translation>
    </message>
    <message>
        <source>Reading the service item failed</source>
        <translation>Gagal membaca item layanan</translation>
    </message>
    <message>
        <source>There is no service item with id %1.</source>
        <translation>Tidak ada item layanan dengan id %1.</translation>
    </message>
    <message>
        <source>Reading the service plan failed</source>
        <translation>Gagal membaca paket layanan</translation>
    </message>
    <message>
        <source>The service item&apos;s title</source>
        <translation>Judul item layanan</translation>
    </message>
    <message>
        <source>The service item&apos;s customisation</source>
        <translation>Penyesuaian item layanan</translation>
    </message>
    <message>
        <source>The service item&apos;s consultant</source>
        <translation>Konsultan item layanan</translation>
    </message>
</context>
<context>
    <name>cd::ServiceRequestRepository</name>
    <message>
        <source>A service request needs a title.</source>
        <translation>Permintaan layanan memerlukan judul.</translation>
    </message>
    <message>
        <source>The request “%1” needs the client it came from.</source>
        <translation>Permintaan “%1” memerlukan klien asalnya.</translation>
    </message>
    <message>
        <source>The request “%1” needs the time it was opened.</source>
        <translation>Permintaan “%1” memerlukan waktu pembukaannya.</translation>
    </message>
    <message>
        <source>The request “%1” is due %2, before it was opened %3.</source>
        <translation>Permintaan “%1” jatuh tempo %2, sebelum dibuka %3.</translation>
    </message>
    <message>
        <source>The request “%1” is closed and needs the time it was closed.</source>
        <translation>Permintaan “%1” sudah ditutup dan memerlukan waktu penutupannya.</translation>
    </message>
    <message>
        <source>The request “%1” is still open but has a closing time.</source>
        <translation>Permintaan “%1” masih terbuka tetapi memiliki waktu penutupan.</translation>
    </message>
    <message>
        <source>The request “%1” was closed %2, before it was opened %3.</source>
        <translation>Permintaan “%1” ditutup %2, sebelum dibuka %3.</translation>
    </message>
    <message>
        <source>Checking the client of the request failed</source>
        <translation>Gagal memeriksa klien permintaan</translation>
    </message>
    <message>
        <source>There is no account with id %1 for the request “%2”.</source>
        <translation>Tidak ada akun dengan id %1 untuk permintaan “%2”.</translation>
    </message>
    <message>
        <source>Reading the service item failed</source>
        <translation>Gagal membaca item layanan</translation>
    </message>
    <message>
        <source>There is no service item with id %1.</source>
        <translation>Tidak ada item layanan dengan id %1.</translation>
    </message>
    <message>
        <source>The service item “%1” is not part of the service plan of %2.</source>
        <translation>Item layanan “%1” bukan bagian dari paket layanan %2.</translation>
    </message>
    <message>
        <source>Saving the request “%1” failed</source>
        <translation>Gagal menyimpan permintaan “%1”</translation>
    </message>
    <message>
        <source>Someone else changed the request “%1” since you opened it; reload it and try again.</source>
        <translation>Orang lain telah mengubah permintaan “%1” sejak Anda membukanya; muat ulang lalu coba lagi.</translation>
    </message>
    <message>
        <source>The request “%1” has no id to be stored again under.</source>
        <translation>Permintaan “%1” tidak memiliki id untuk disimpan kembali.</translation>
    </message>
    <message>
        <source>Deleting the request “%1” failed</source>
        <translation>Gagal menghapus permintaan “%1”</translation>
    </message>
    <message>
        <source>The request “%1” is already closed.</source>
        <translation>Permintaan “%1” sudah ditutup.</translation>
    </message>
    <message>
        <source>Closed “%1”.</source>
        <translation>“%1” ditutup.</translation>
    </message>
    <message>
        <source>The request “%1” is not closed.</source>
        <translation>Permintaan “%1” belum ditutup.</translation>
    </message>
    <message>
        <source>Reopened “%1”.</source>
        <translation>“%1” dibuka kembali.</translation>
    </message>
    <message>
        <source>There is no service request with id %1.</source>
        <translation>Tidak ada permintaan layanan dengan id %1.</translation>
    </message>
    <message>
        <source>Reading the service requests failed</source>
        <translation>Gagal membaca permintaan layanan</translation>
    </message>
    <message>
        <source>The service request&apos;s title</source>
        <translation>Judul permintaan layanan</translation>
    </message>
    <message>
        <source>The service request&apos;s description</source>
        <translation>Deskripsi permintaan layanan</translation>
    </message>
    <message>
        <source>The request “%1”: %2.</source>
        <translation>Permintaan “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>cd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Showing the defaults where the stored settings are not usable: %1</source>
        <translation>Nilai bawaan ditampilkan karena pengaturan yang tersimpan tidak dapat dipakai: %1</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Umum</translation>
    </message>
    <message>
        <source>Customer &amp;tags</source>
        <translation>&amp;Tag pelanggan</translation>
    </message>
    <message>
        <source>Client &amp;health</source>
        <translation>&amp;Kesehatan klien</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Cadangan</translation>
    </message>
    <message>
        <source>Firm &amp;Profile…</source>
        <translation>&amp;Profil Firma…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Your choice on this computer; ClientDesk speaks it from its next start. Numbers, money and dates follow it.</source>
        <translation>Pilihan Anda di komputer ini; ClientDesk memakainya mulai saat dijalankan berikutnya. Angka, uang, dan tanggal mengikutinya.</translation>
    </message>
    <message>
        <source>Firm&apos;s &amp;currency:</source>
        <translation>&amp;Mata uang firma:</translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation>Laporan:</translation>
    </message>
    <message>
        <source>How customers are tagged from their purchases. The tags are worked out again in the background after saving.</source>
        <translation>Cara pelanggan diberi tag berdasarkan pembeliannya. Tag dihitung ulang di latar belakang setelah disimpan.</translation>
    </message>
    <message>
        <source>No active contract</source>
        <translation>Tidak ada kontrak aktif</translation>
    </message>
    <message>
        <source>No contact for more than 90 days</source>
        <translation>Tidak ada kontak lebih dari 90 hari</translation>
    </message>
    <message>
        <source>No contact for 46 to 90 days</source>
        <translation>Tidak ada kontak selama 46 sampai 90 hari</translation>
    </message>
    <message>
        <source>Each open request past its response time (at most two)</source>
        <translation>Setiap permintaan terbuka yang melewati waktu respons (paling banyak dua)</translation>
    </message>
    <message>
        <source>Each request answered late in 90 days (at most three)</source>
        <translation>Setiap permintaan yang terlambat dijawab dalam 90 hari (paling banyak tiga)</translation>
    </message>
    <message>
        <source>Notice deadline within 30 days, no renewal decision</source>
        <translation>Batas pemberitahuan dalam 30 hari, belum ada keputusan perpanjangan</translation>
    </message>
    <message>
        <source>Notice deadline in 31 to 60 days, no renewal decision</source>
        <translation>Batas pemberitahuan dalam 31 sampai 60 hari, belum ada keputusan perpanjangan</translation>
    </message>
    <message>
        <source>Revenue below 70 % of the year before</source>
        <translation>Pendapatan di bawah 70 % dari tahun sebelumnya</translation>
    </message>
    <message>
        <source>Revenue below 90 % of the year before</source>
        <translation>Pendapatan di bawah 90 % dari tahun sebelumnya</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>Kembalikan &amp;Bawaan</translation>
    </message>
    <message>
        <source>Backups are taken when ClientDesk opens the database and kept in a folder beside it; File &gt; Restore from Backup puts one back.</source>
        <translation>Cadangan dibuat saat ClientDesk membuka basis data dan disimpan di folder di sebelahnya; Berkas &gt; Pulihkan dari Cadangan mengembalikannya.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Tidak ada yang disimpan: %1</translation>
    </message>
    <message>
        <source>Back up this database &amp;automatically, once a day</source>
        <translation>Cadangkan basis data ini secara &amp;otomatis, sekali sehari</translation>
    </message>
    <message>
        <source>Open a database to change its currency, tags, health weights and backups.</source>
        <translation>Buka basis data untuk mengubah mata uang, tag, bobot kesehatan, dan cadangannya.</translation>
    </message>
    <message>
        <source>“New”: days since the first purchase, fewer than</source>
        <translation>“Baru”: hari sejak pembelian pertama, kurang dari</translation>
    </message>
    <message>
        <source>“Returning”: purchases, at least</source>
        <translation>“Kembali”: jumlah pembelian, minimal</translation>
    </message>
    <message>
        <source>“Loyal”: quarters with a purchase, at least</source>
        <translation>“Setia”: kuartal dengan pembelian, minimal</translation>
    </message>
    <message>
        <source>“Loyal”: out of the most recent quarters</source>
        <translation>“Setia”: dari kuartal terakhir sebanyak</translation>
    </message>
    <message>
        <source>“Loyal”: days as a customer, at least</source>
        <translation>“Setia”: hari sebagai pelanggan, minimal</translation>
    </message>
    <message>
        <source>“Promotion-driven”: percent of purchases discounted, at least</source>
        <translation>“Pemburu promo”: persen pembelian berdiskon, minimal</translation>
    </message>
    <message>
        <source>“Promotion-driven”: purchases, at least</source>
        <translation>“Pemburu promo”: jumlah pembelian, minimal</translation>
    </message>
    <message>
        <source>“Advocate”: accounts referred, at least</source>
        <translation>“Pendukung”: akun yang dirujuk, minimal</translation>
    </message>
    <message>
        <source>A client starts at 100 points and loses the points below for each warning sign; 75 and above is good, 50 to 74 needs watching, below 50 is at risk. 0 ignores a sign.</source>
        <translation>Klien mulai dari 100 poin dan kehilangan poin di bawah ini untuk setiap tanda peringatan; 75 ke atas baik, 50 sampai 74 perlu dipantau, di bawah 50 berisiko. 0 mengabaikan tanda itu.</translation>
    </message>
    <message>
        <source>&amp;Number of backups kept:</source>
        <translation>&amp;Jumlah cadangan yang disimpan:</translation>
    </message>
    <message>
        <source>Exchange &amp;rates</source>
        <translation>Ku&amp;rs</translation>
    </message>
    <message>
        <source>Only a manager changes the firm&apos;s currency.</source>
        <translation>Hanya manajer yang dapat mengubah mata uang firma.</translation>
    </message>
    <message>
        <source>The currency of totals, charts and reports. Amounts in other currencies keep their own and are converted at the exchange rates (the Exchange rates tab). Once the database holds amounts, the firm&apos;s currency changes only when rates between the old and the new one cover the days that need them.</source>
        <translation>Mata uang untuk total, grafik, dan laporan. Jumlah dalam mata uang lain tetap memakai mata uangnya sendiri dan dikonversi dengan kurs (tab Kurs). Setelah basis data berisi jumlah uang, mata uang firma hanya dapat diubah jika kurs antara mata uang lama dan baru mencakup hari-hari yang memerlukannya.</translation>
    </message>
    <message>
        <source>Converting every amount to %1…</source>
        <translation>Mengonversi setiap jumlah ke %1…</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>&amp;Waktu</translation>
    </message>
    <message>
        <source>Bi&amp;lling</source>
        <translation>Pe&amp;nagihan</translation>
    </message>
    <message>
        <source>Invoices past their due date</source>
        <translation>Faktur lewat jatuh tempo</translation>
    </message>
    <message>
        <source>Remind me on the &amp;desktop at</source>
        <translation>Ingatkan saya di &amp;desktop pukul</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Jam pengingat</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Pengingat:</translation>
    </message>
    <message>
        <source>Your choice on this computer: while ClientDesk runs, and once when it opens a database, a notification lists the missed deadlines and follow-ups, those due today and the week&apos;s notice deadlines; click it to open the dashboard. On a team server, of the accounts you manage.</source>
        <translation>Pilihan Anda di komputer ini: selama ClientDesk berjalan, dan sekali saat membuka basis data, sebuah notifikasi mencantumkan tenggat dan tindak lanjut yang terlewat, yang jatuh tempo hari ini, serta batas pemberitahuan minggu ini; klik untuk membuka dasbor. Di server tim, untuk akun yang Anda kelola.</translation>
    </message>
    <message>
        <source>&amp;Keep a calendar file up to date</source>
        <translation>&amp;Perbarui terus berkas kalender</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>Kalender:</translation>
    </message>
    <message>
        <source>Your choice on this computer: the deadlines of the next %1 days and the missed ones, written again every %2 minutes while ClientDesk runs, to %3. Subscribe to that file once in your calendar program.</source>
        <translation>Pilihan Anda di komputer ini: tenggat %1 hari ke depan dan yang terlewat, ditulis ulang setiap %2 menit selama ClientDesk berjalan, ke %3. Langgani berkas itu sekali di program kalender Anda.</translation>
    </message>
</context>
<context>
    <name>cd::SettingsRepository</name>
    <message>
        <source>A setting needs a key.</source>
        <translation>Pengaturan memerlukan kunci.</translation>
    </message>
    <message>
        <source>Reading the setting “%1” failed</source>
        <translation>Gagal membaca pengaturan “%1”</translation>
    </message>
    <message>
        <source>Saving the setting “%1” failed</source>
        <translation>Gagal menyimpan pengaturan “%1”</translation>
    </message>
    <message>
        <source>Removing the setting “%1” failed</source>
        <translation>Gagal menghapus pengaturan “%1”</translation>
    </message>
    <message>
        <source>Reading the settings failed</source>
        <translation>Gagal membaca pengaturan</translation>
    </message>
    <message>
        <source>The setting “%1” holds “%2”, which is not a whole number.</source>
        <translation>Pengaturan “%1” berisi “%2”, yang bukan bilangan bulat.</translation>
    </message>
    <message>
        <source>The setting “%1” holds “%2”, which is neither true nor false.</source>
        <translation>Pengaturan “%1” berisi “%2”, yang bukan true maupun false.</translation>
    </message>
    <message>
        <source>The setting “%1” holds “%2”, which is not a date (YYYY-MM-DD).</source>
        <translation>Pengaturan “%1” berisi “%2”, yang bukan tanggal (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The setting “%1” needs a valid date.</source>
        <translation>Pengaturan “%1” memerlukan tanggal yang valid.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use three letters such as IDR, USD or EUR.</source>
        <translation>“%1” bukan kode mata uang; gunakan tiga huruf seperti IDR, USD, atau EUR.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code in use (ISO 4217); use one such as IDR, USD or EUR.</source>
        <translation>“%1” bukan kode mata uang yang berlaku (ISO 4217); gunakan kode seperti IDR, USD, atau EUR.</translation>
    </message>
</context>
<context>
    <name>cd::SettingsService</name>
    <message>
        <source>A person&apos;s weekly capacity is %1 minutes; it is 1 to %2 minutes (168 hours).</source>
        <translation>Kapasitas mingguan seseorang %1 menit; kapasitas harus 1 sampai %2 menit (168 jam).</translation>
    </message>
    <message>
        <source>%1 takes a whole number of minutes, not “%2”.</source>
        <translation>%1 memerlukan jumlah menit berupa bilangan bulat, bukan “%2”.</translation>
    </message>
    <message>
        <source>The stored setting %1 cannot be used: %2</source>
        <translation>Pengaturan tersimpan %1 tidak dapat dipakai: %2</translation>
    </message>
</context>
<context>
    <name>cd::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Pintasan Keyboard</translation>
    </message>
    <message>
        <source>Lists › Open the selected account</source>
        <translation>Daftar › Buka akun yang dipilih</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Client page › Undo the last change</source>
        <translation>Halaman klien › Urungkan perubahan terakhir</translation>
    </message>
    <message>
        <source>Client page › Redo</source>
        <translation>Halaman klien › Ulangi</translation>
    </message>
    <message>
        <source>Dialogs › Next field</source>
        <translation>Dialog › Isian berikutnya</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Dialogs › Close without saving</source>
        <translation>Dialog › Tutup tanpa menyimpan</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Perintah</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
</context>
<context>
    <name>cd::StopTimerDialog</name>
    <message>
        <source>Stop Timer</source>
        <translation>Hentikan Timer</translation>
    </message>
    <message>
        <source>Started at %1; %2 so far. What was this time for?</source>
        <translation>Dimulai pukul %1; sejauh ini %2. Untuk apa waktu ini?</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>e.g. Quarterly review workshop</source>
        <translation>mis. Lokakarya tinjauan kuartalan</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Deskripsi:</translation>
    </message>
    <message>
        <source>Stop and Save</source>
        <translation>Hentikan dan Simpan</translation>
    </message>
    <message>
        <source>Choose the account the time was spent on.</source>
        <translation>Pilih akun tempat waktu ini digunakan.</translation>
    </message>
    <message>
        <source>Say in a few words what the time was for.</source>
        <translation>Jelaskan dalam beberapa kata untuk apa waktu ini.</translation>
    </message>
</context>
<context>
    <name>cd::TeamAccess</name>
    <message>
        <source>Reading the database&apos;s name failed</source>
        <translation>Gagal membaca nama basis data</translation>
    </message>
    <message>
        <source>Reading who may grant access to the database failed</source>
        <translation>Gagal membaca siapa yang boleh memberikan akses ke basis data</translation>
    </message>
    <message>
        <source>%1 is a file: only who may read the file can open it, so there is nobody to keep out; securing is for a database on a PostgreSQL server.</source>
        <translation>%1 adalah berkas: hanya yang berhak membaca berkas itu yang dapat membukanya, jadi tidak ada yang perlu dicegah masuk; pengamanan ini untuk basis data di server PostgreSQL.</translation>
    </message>
    <message>
        <source>Only the owner of the database “%1” or a superuser can decide who connects to it; “%2” is neither.</source>
        <translation>Hanya pemilik basis data “%1” atau superuser yang dapat menentukan siapa yang boleh tersambung ke basis data itu; “%2” bukan keduanya.</translation>
    </message>
    <message>
        <source>Reading the users&apos; server logins failed</source>
        <translation>Gagal membaca nama masuk server para pengguna</translation>
    </message>
    <message>
        <source>Letting “%1” connect to the database failed</source>
        <translation>Gagal mengizinkan “%1” tersambung ke basis data</translation>
    </message>
    <message>
        <source>Taking CONNECT on the database from PUBLIC failed</source>
        <translation>Gagal mencabut CONNECT pada basis data dari PUBLIC</translation>
    </message>
    <message>
        <source>Reading who may connect to the database failed</source>
        <translation>Gagal membaca siapa yang boleh tersambung ke basis data</translation>
    </message>
    <message>
        <source>The server has no login “%1” yet; once it is created, the owner of the database must let it connect: %2</source>
        <translation>Server belum memiliki nama masuk “%1”; setelah nama masuk itu dibuat, pemilik basis data harus mengizinkannya tersambung: %2</translation>
    </message>
    <message>
        <source>“%1” cannot connect to the database “%2” until its owner runs: %3</source>
        <translation>“%1” tidak dapat tersambung ke basis data “%2” sampai pemiliknya menjalankan: %3</translation>
    </message>
    <message>
        <source>“%1” may now connect to the database “%2”.</source>
        <translation>“%1” kini boleh tersambung ke basis data “%2”.</translation>
    </message>
    <message>
        <source>Taking CONNECT on the database from “%1” failed</source>
        <translation>Gagal mencabut CONNECT pada basis data dari “%1”</translation>
    </message>
    <message>
        <source>“%1” is no ClientDesk user&apos;s login any more but can still connect to the database “%2” until its owner runs: %3</source>
        <translation>“%1” bukan lagi nama masuk pengguna ClientDesk, tetapi masih dapat tersambung ke basis data “%2” sampai pemiliknya menjalankan: %3</translation>
    </message>
    <message>
        <source>“%1” can no longer connect to the database “%2”.</source>
        <translation>“%1” tidak dapat lagi tersambung ke basis data “%2”.</translation>
    </message>
</context>
<context>
    <name>cd::TextRules</name>
    <message>
        <source>%1 contains the control character %2 (character %3), which cannot be stored; only tabs and line breaks may be, so remove it.</source>
        <translation>%1 mengandung karakter kontrol %2 (karakter ke-%3), yang tidak dapat disimpan; hanya tab dan pemisah baris yang boleh, jadi hapus karakter itu.</translation>
    </message>
    <message>
        <source>%1 contains the control character %2 (character %3), which cannot be stored in a one-line field; remove it.</source>
        <translation>%1 mengandung karakter kontrol %2 (karakter ke-%3), yang tidak dapat disimpan dalam bidang satu baris; hapus karakter itu.</translation>
    </message>
</context>
<context>
    <name>cd::ThisIsMeDialog</name>
    <message>
        <source>Who Are You?</source>
        <translation>Siapa Anda?</translation>
    </message>
    <message>
        <source>ClientDesk logs time for one person on this computer. Choose yourself among the users, or add yourself; you are asked only once.</source>
        <translation>ClientDesk mencatat waktu untuk satu orang di komputer ini. Pilih diri Anda di antara para pengguna, atau tambahkan diri Anda; pertanyaan ini hanya diajukan sekali.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <source>New user&apos;s name</source>
        <translation>Nama pengguna baru</translation>
    </message>
    <message>
        <source>There are no users yet. Add yourself:</source>
        <translation>Belum ada pengguna. Tambahkan diri Anda:</translation>
    </message>
    <message>
        <source>Not in the list? Add yourself:</source>
        <translation>Tidak ada di daftar? Tambahkan diri Anda:</translation>
    </message>
    <message>
        <source>Choose yourself in the list or type your name.</source>
        <translation>Pilih diri Anda di daftar atau ketik nama Anda.</translation>
    </message>
</context>
<context>
    <name>cd::TimeAnalyticsQueries</name>
    <message>
        <source>Reading the hours per account</source>
        <translation>Membaca jam per akun</translation>
    </message>
    <message>
        <source>Reading the hours per person</source>
        <translation>Membaca jam per orang</translation>
    </message>
    <message>
        <source>Reading the people who log time failed</source>
        <translation>Gagal membaca daftar orang yang mencatat waktu</translation>
    </message>
    <message>
        <source>The setting %1 is %2 minutes a week; it must be from 1 to 10080.</source>
        <translation>Pengaturan %1 bernilai %2 menit per minggu; nilainya harus dari 1 sampai 10080.</translation>
    </message>
</context>
<context>
    <name>cd::TimeCharts</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1&#xa0;%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Client revenue</source>
        <translation>Pendapatan klien</translation>
    </message>
    <message>
        <source>Client hours</source>
        <translation>Jam klien</translation>
    </message>
    <message>
        <source>Per client hour</source>
        <translation>Per jam klien</translation>
    </message>
    <message>
        <source>Customer revenue</source>
        <translation>Pendapatan pelanggan</translation>
    </message>
    <message>
        <source>Customer hours</source>
        <translation>Jam pelanggan</translation>
    </message>
    <message>
        <source>Per customer hour</source>
        <translation>Per jam pelanggan</translation>
    </message>
    <message>
        <source>An hour earns the revenue of the accounts with hours logged in these months ÷ their hours, in %1; clients and customers by their kind now.</source>
        <translation>Pendapatan per jam adalah pendapatan akun yang memiliki jam tercatat pada bulan-bulan ini ÷ jumlah jamnya, dalam %1; klien dan pelanggan menurut jenisnya saat ini.</translation>
    </message>
    <message>
        <source>Left out, from accounts with no hours logged: %1 from clients, %2 from customers.</source>
        <translation>Tidak disertakan, dari akun tanpa jam tercatat: %1 dari klien, %2 dari pelanggan.</translation>
    </message>
    <message>
        <source>Hours are not split by product category: choose all segments or another segment.</source>
        <translation>Jam tidak dipisahkan menurut kategori produk: pilih semua segmen atau segmen lain.</translation>
    </message>
    <message>
        <source>No hours logged in this period for this filter. Time logged in the Time area shows here.</source>
        <translation>Tidak ada jam tercatat pada periode ini untuk filter ini. Waktu yang dicatat di area Waktu akan tampil di sini.</translation>
    </message>
    <message>
        <source>%1: %2 an hour (%3 in %4 hours)</source>
        <translation>%1: %2 per jam (%3 dalam %4 jam)</translation>
    </message>
    <message>
        <source>Revenue per hour</source>
        <translation>Pendapatan per jam</translation>
    </message>
    <message>
        <source>Hours logged</source>
        <translation>Jam tercatat</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Billable hours</source>
        <translation>Jam yang dapat ditagih</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Per jam</translation>
    </message>
    <message>
        <source>Every account with hours logged in these months, most hours first; the chart shows the %1 with the most hours.</source>
        <translation>Setiap akun dengan jam tercatat pada bulan-bulan ini, diurutkan dari jam terbanyak; grafik menampilkan %1 akun dengan jam terbanyak.</translation>
    </message>
    <message>
        <source>No hours logged in this period for this filter.</source>
        <translation>Tidak ada jam tercatat pada periode ini untuk filter ini.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>%1 (%2 h)</source>
        <translation>%1 (%2 jam)</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Minggu mulai %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Perorangan</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilisasi</translation>
    </message>
    <message>
        <source>Logged ÷ capacity</source>
        <translation>Tercatat ÷ kapasitas</translation>
    </message>
    <message>
        <source>Utilisation is billable hours ÷ capacity: the hours a week in the person&apos;s settings (else the firm&apos;s) over the weekdays up to today. Hours on retainers and fixed fees are not billable (only a retainer&apos;s overage is): they count in the hours logged. All of a person&apos;s time counts, whatever manager or segment is chosen.</source>
        <translation>Utilisasi adalah jam yang dapat ditagih ÷ kapasitas: jam per minggu dalam pengaturan orang tersebut (jika tidak ada, pengaturan firma) untuk hari kerja hingga hari ini. Jam pada retainer dan biaya tetap tidak dapat ditagih (hanya kelebihan jam retainer yang dapat ditagih): jam tersebut dihitung dalam jam tercatat. Seluruh waktu seseorang dihitung, apa pun manajer atau segmen yang dipilih.</translation>
    </message>
    <message>
        <source>No hours logged in this period.</source>
        <translation>Tidak ada jam tercatat pada periode ini.</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4 billable of %5)</source>
        <translation>%1, %2: %3 (%4 dapat ditagih dari %5)</translation>
    </message>
</context>
<context>
    <name>cd::TimeEntriesTab</name>
    <message>
        <source>Person</source>
        <translation>Perorangan</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Dapat ditagih</translation>
    </message>
    <message>
        <source>Billable or not</source>
        <translation>Dapat ditagih atau tidak</translation>
    </message>
    <message>
        <source>Not billable</source>
        <translation>Tidak dapat ditagih</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open or invoiced</source>
        <translation>Terbuka atau sudah difakturkan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Sudah difakturkan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Minggu ini</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Minggu lalu</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 bulan terakhir</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Sepanjang waktu</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Baru…</translation>
    </message>
    <message>
        <source>Log time by hand: date, account, start and end or a duration</source>
        <translation>Catat waktu secara manual: tanggal, akun, mulai dan selesai atau durasi</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Save the entries shown as CSV or Excel</source>
        <translation>Simpan catatan yang ditampilkan sebagai CSV atau Excel</translation>
    </message>
    <message>
        <source>time</source>
        <translation>waktu</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <source>Every account</source>
        <translation>Semua akun</translation>
    </message>
    <message>
        <source>Every contract</source>
        <translation>Semua kontrak</translation>
    </message>
    <message>
        <source>Reading time entries…</source>
        <translation>Membaca catatan waktu…</translation>
    </message>
    <message>
        <source>No time entries in this period.
Log time in the Week tab, with New…, or with the timer in the status bar; or choose another period or fewer filters above.</source>
        <translation>Tidak ada catatan waktu pada periode ini.
Catat waktu di tab Minggu, dengan Baru…, atau dengan timer di bilah status; atau pilih periode lain atau kurangi filter di atas.</translation>
    </message>
    <message>
        <source>Invoiced entries cannot be changed.</source>
        <translation>Catatan yang sudah difakturkan tidak dapat diubah.</translation>
    </message>
    <message>
        <source>One entry: %1, of which %2 billable.</source>
        <translation>Satu catatan: %1, %2 di antaranya dapat ditagih.</translation>
    </message>
    <message>
        <source>%1 entries: %2, of which %3 billable.</source>
        <translation>%1 catatan: %2, %3 di antaranya dapat ditagih.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Delete Time Entry</source>
        <translation>Hapus Catatan Waktu</translation>
    </message>
    <message>
        <source>Delete %1 on %2 for %3?</source>
        <translation>Hapus %1 pada %2 untuk %3?</translation>
    </message>
</context>
<context>
    <name>cd::TimeEntryDialog</name>
    <message>
        <source>New Time Entry</source>
        <translation>Catatan Waktu Baru</translation>
    </message>
    <message>
        <source>Edit Time Entry</source>
        <translation>Ubah Catatan Waktu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;urasi</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>1:30 or 1.5</source>
        <translation>1:30 atau 1.5</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>&amp;Billable</source>
        <translation>Dapat di&amp;tagih</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Waktu:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;eskripsi:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <source>Choose an account to see the rate in force.</source>
        <translation>Pilih akun untuk melihat tarif yang berlaku.</translation>
    </message>
    <message>
        <source>No rate: set the person&apos;s default rate in Settings.</source>
        <translation>Tidak ada tarif: atur tarif bawaan orang tersebut di Pengaturan.</translation>
    </message>
    <message>
        <source>Choose the account the time was spent on.</source>
        <translation>Pilih akun tempat waktu ini digunakan.</translation>
    </message>
    <message>
        <source>The end (%1) must come after the start (%2) on the same day.</source>
        <translation>Waktu selesai (%1) harus setelah waktu mulai (%2) pada hari yang sama.</translation>
    </message>
    <message>
        <source>Time in the Future</source>
        <translation>Waktu di Masa Depan</translation>
    </message>
    <message>
        <source>%1 Log this time anyway?</source>
        <translation>%1 Tetap catat waktu ini?</translation>
    </message>
    <message>
        <source>Overlapping Time</source>
        <translation>Waktu Tumpang Tindih</translation>
    </message>
    <message>
        <source>This entry overlaps another entry of the same person on %1.</source>
        <translation>Catatan ini tumpang tindih dengan catatan lain dari orang yang sama pada %1.</translation>
    </message>
    <message>
        <source>This entry overlaps %1 other entries of the same person on %2.</source>
        <translation>Catatan ini tumpang tindih dengan %1 catatan lain dari orang yang sama pada %2.</translation>
    </message>
    <message>
        <source>Save it anyway?</source>
        <translation>Tetap simpan?</translation>
    </message>
</context>
<context>
    <name>cd::TimeEntryListModel</name>
    <message>
        <source>%1/h</source>
        <comment>an hourly rate</comment>
        <translation>%1/jam</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Dapat ditagih</translation>
    </message>
    <message>
        <source>Not billable</source>
        <translation>Tidak dapat ditagih</translation>
    </message>
    <message>
        <source>Invoiced, overlaps</source>
        <translation>Sudah difakturkan, tumpang tindih</translation>
    </message>
    <message>
        <source>Overlaps</source>
        <translation>Tumpang tindih</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Sudah difakturkan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Another entry of %1 overlaps this one in time.</source>
        <translation>Catatan lain milik %1 tumpang tindih waktunya dengan catatan ini.</translation>
    </message>
    <message>
        <source>Invoiced: this entry can no longer be changed or deleted.</source>
        <translation>Sudah difakturkan: catatan ini tidak dapat diubah atau dihapus lagi.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Perorangan</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>cd::TimeReportService</name>
    <message>
        <source>%1 is not account, contract, person or month.</source>
        <translation>%1 bukan account, contract, person, atau month.</translation>
    </message>
    <message>
        <source>Reading the time entries</source>
        <translation>Membaca catatan waktu</translation>
    </message>
    <message>
        <source>Reading the contracts</source>
        <translation>Membaca daftar kontrak</translation>
    </message>
    <message>
        <source>Reading the retainers&apos; hours</source>
        <translation>Membaca jam retainer</translation>
    </message>
</context>
<context>
    <name>cd::TimeRules</name>
    <message>
        <source>Type a duration such as 1:30, 1.5, 90m or 2h 15m.</source>
        <translation>Ketik durasi seperti 1:30, 1.5, 90m, atau 2h 15m.</translation>
    </message>
    <message>
        <source>“%1” has %2 minutes after the colon; type at most 59, as in 1:30.</source>
        <translation>“%1” memiliki %2 menit setelah titik dua; ketik paling banyak 59, seperti pada 1:30.</translation>
    </message>
    <message>
        <source>“%1” is not a duration; type one such as 1:30, 1.5, 90m or 2h 15m.</source>
        <translation>“%1” bukan durasi; ketik durasi seperti 1:30, 1.5, 90m, atau 2h 15m.</translation>
    </message>
    <message>
        <source>A duration cannot be negative: “%1”.</source>
        <translation>Durasi tidak boleh negatif: “%1”.</translation>
    </message>
    <message>
        <source>A duration must be more than zero: “%1” is no time at all.</source>
        <translation>Durasi harus lebih dari nol: “%1” tidak berisi waktu sama sekali.</translation>
    </message>
    <message>
        <source>“%1” is more than 24 hours; one entry covers at most one day.</source>
        <translation>“%1” lebih dari 24 jam; satu catatan mencakup paling lama satu hari.</translation>
    </message>
    <message>
        <source>The rate “%1” is negative; an hourly rate is zero or more.</source>
        <translation>Tarif “%1” negatif; tarif per jam harus nol atau lebih.</translation>
    </message>
    <message>
        <source>The rate “%1” has decimals, but %2 has none.</source>
        <translation>Tarif “%1” memiliki angka desimal, padahal %2 tidak memilikinya.</translation>
    </message>
    <message>
        <source>The rate “%1” has more decimals than %2 has (%3).</source>
        <translation>Tarif “%1” memiliki lebih banyak angka desimal daripada %2 (%3).</translation>
    </message>
    <message>
        <source>The rate “%1” is not an amount in %2: %3</source>
        <translation>Tarif “%1” bukan jumlah dalam %2: %3</translation>
    </message>
    <message>
        <source>%1 is in the future; time is logged on today or earlier.</source>
        <translation>%1 berada di masa depan; waktu dicatat pada hari ini atau sebelumnya.</translation>
    </message>
</context>
<context>
    <name>cd::TimeService</name>
    <message>
        <source>account %1</source>
        <translation>akun %1</translation>
    </message>
    <message>
        <source>On a server, time is logged in the name of the person signed in; there is no one else to choose.</source>
        <translation>Di server, waktu dicatat atas nama orang yang sedang masuk; tidak ada orang lain yang dapat dipilih.</translation>
    </message>
    <message>
        <source>There is no person with id %1 to log time as.</source>
        <translation>Tidak ada orang dengan id %1 untuk mencatat waktu atas namanya.</translation>
    </message>
    <message>
        <source>%1 is inactive; choose an active person to log time as.</source>
        <translation>%1 tidak aktif; pilih orang yang aktif untuk mencatat waktu atas namanya.</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>orang %1</translation>
    </message>
    <message>
        <source>You log time in your own name only; the time of %1 is theirs to log.</source>
        <translation>Anda hanya mencatat waktu atas nama Anda sendiri; waktu %1 dicatat oleh yang bersangkutan.</translation>
    </message>
    <message>
        <source>A time entry needs the date the work was done.</source>
        <translation>Catatan waktu memerlukan tanggal pekerjaan dilakukan.</translation>
    </message>
    <message>
        <source>The date of the time entry: %1.</source>
        <translation>Tanggal catatan waktu: %1.</translation>
    </message>
    <message>
        <source>A time entry needs the person whose time it is.</source>
        <translation>Catatan waktu memerlukan orang pemilik waktu tersebut.</translation>
    </message>
    <message>
        <source>A time entry needs the account the time was spent on.</source>
        <translation>Catatan waktu memerlukan akun tempat waktu tersebut digunakan.</translation>
    </message>
    <message>
        <source>The time entry ends at %1 but has no start; give the start too.</source>
        <translation>Catatan waktu berakhir pukul %1 tetapi tidak memiliki waktu mulai; isi juga waktu mulainya.</translation>
    </message>
    <message>
        <source>The time entry ends at %1, before its start at %2.</source>
        <translation>Catatan waktu berakhir pukul %1, sebelum waktu mulainya pukul %2.</translation>
    </message>
    <message>
        <source>The time entry ends at %1, the minute it starts; it needs at least one minute.</source>
        <translation>Catatan waktu berakhir pukul %1, pada menit yang sama dengan waktu mulainya; catatan memerlukan minimal satu menit.</translation>
    </message>
    <message>
        <source>A time entry cannot have negative minutes (%1).</source>
        <translation>Catatan waktu tidak boleh memiliki menit negatif (%1).</translation>
    </message>
    <message>
        <source>A time entry needs more than zero minutes.</source>
        <translation>Catatan waktu memerlukan lebih dari nol menit.</translation>
    </message>
    <message>
        <source>A time entry covers at most 24 hours (1440 minutes), not %1 minutes.</source>
        <translation>Catatan waktu mencakup paling lama 24 jam (1440 menit), bukan %1 menit.</translation>
    </message>
    <message>
        <source>The time entry starting at %1 lasts %2 and would run past midnight; log the time after midnight on the next day.</source>
        <translation>Catatan waktu yang dimulai pukul %1 berlangsung %2 dan akan melewati tengah malam; catat waktu setelah tengah malam pada hari berikutnya.</translation>
    </message>
    <message>
        <source>The rate of the time entry needs a currency code such as IDR, not “%1”.</source>
        <translation>Tarif catatan waktu memerlukan kode mata uang seperti IDR, bukan “%1”.</translation>
    </message>
    <message>
        <source>The hourly rate of a time entry cannot be negative.</source>
        <translation>Tarif per jam catatan waktu tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The hourly rate of the time entry is too large. %1</source>
        <translation>Tarif per jam catatan waktu terlalu besar. %1</translation>
    </message>
    <message>
        <source>The time entry&apos;s description</source>
        <translation>Deskripsi catatan waktu</translation>
    </message>
    <message>
        <source>There is no account with id %1.</source>
        <translation>Tidak ada akun dengan id %1.</translation>
    </message>
    <message>
        <source>There is no contract with id %1.</source>
        <translation>Tidak ada kontrak dengan id %1.</translation>
    </message>
    <message>
        <source>Contract %1 belongs to %2, not to %3.</source>
        <translation>Kontrak %1 milik %2, bukan milik %3.</translation>
    </message>
    <message>
        <source>There is no service request with id %1.</source>
        <translation>Tidak ada permintaan layanan dengan id %1.</translation>
    </message>
    <message>
        <source>Service request “%1” belongs to %2, not to %3.</source>
        <translation>Permintaan layanan “%1” milik %2, bukan milik %3.</translation>
    </message>
    <message>
        <source>Choose the account of the timer&apos;s contract or request too.</source>
        <translation>Pilih juga akun dari kontrak atau permintaan pada timer.</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Tidak ada orang dengan id %1.</translation>
    </message>
    <message>
        <source>%1 has %2 logged on %3 already; another %4 would make more than the 24 hours of a day.</source>
        <translation>%1 sudah mencatat %2 pada %3; tambahan %4 akan melebihi 24 jam dalam sehari.</translation>
    </message>
    <message>
        <source>You log time only in your own name and on the accounts you see; %1</source>
        <translation>Anda hanya dapat mencatat waktu atas nama Anda sendiri dan pada akun yang dapat Anda lihat; %1</translation>
    </message>
    <message>
        <source>%1 at this rate is too large an amount. %2</source>
        <translation>%1 dengan tarif ini menghasilkan jumlah yang terlalu besar. %2</translation>
    </message>
    <message>
        <source>The time entry has not been saved yet, so it cannot be updated.</source>
        <translation>Catatan waktu belum disimpan, sehingga tidak dapat diperbarui.</translation>
    </message>
    <message>
        <source>Someone else changed the time entry of %1 since you opened it; reload it and try again.</source>
        <translation>Orang lain telah mengubah catatan waktu %1 sejak Anda membukanya; muat ulang lalu coba lagi.</translation>
    </message>
    <message>
        <source>There is no time entry with id %1.</source>
        <translation>Tidak ada catatan waktu dengan id %1.</translation>
    </message>
    <message>
        <source>The time of %1 on this row is invoiced and cannot be changed.</source>
        <translation>Waktu %1 pada baris ini sudah difakturkan dan tidak dapat diubah.</translation>
    </message>
    <message>
        <source>A timer is running for %1 since %2; stop it before starting another.</source>
        <translation>Timer untuk %1 sedang berjalan sejak %2; hentikan dulu sebelum memulai yang lain.</translation>
    </message>
    <message>
        <source>No timer is running for %1.</source>
        <translation>Tidak ada timer yang berjalan untuk %1.</translation>
    </message>
    <message>
        <source>Choose the account the timer&apos;s time was spent on before stopping it.</source>
        <translation>Pilih akun tempat waktu timer digunakan sebelum menghentikannya.</translation>
    </message>
    <message>
        <source>The timer started at %1, after %2; check the computer&apos;s clock.</source>
        <translation>Timer dimulai pada %1, setelah %2; periksa jam komputer.</translation>
    </message>
    <message>
        <source>The time entry of %1 is held by a draft invoice; remove it from the draft first.</source>
        <translation>Catatan waktu %1 dipegang oleh draf faktur; hapus dari draf terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>cd::TimeSettingsPage</name>
    <message>
        <source> h</source>
        <translation> jam</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Jam per minggu</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <source>Minutes a week</source>
        <translation>Menit per minggu</translation>
    </message>
    <message>
        <source>The hours a person works a week, unless their own capacity says otherwise. Utilisation is billable hours divided by this capacity.</source>
        <translation>Jam kerja seseorang per minggu, kecuali kapasitasnya sendiri menyatakan lain. Utilisasi adalah jam yang dapat ditagih dibagi kapasitas ini.</translation>
    </message>
    <message>
        <source>Weekly &amp;capacity:</source>
        <translation>&amp;Kapasitas mingguan:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Perorangan</translation>
    </message>
    <message>
        <source>Default rate (%1/h)</source>
        <translation>Tarif bawaan (%1/jam)</translation>
    </message>
    <message>
        <source>Weekly capacity</source>
        <translation>Kapasitas mingguan</translation>
    </message>
    <message>
        <source>Each person&apos;s default hourly rate, used where no hourly contract gives one, and their own weekly capacity (e.g. 32:00; empty: the capacity above).</source>
        <translation>Tarif per jam bawaan setiap orang, dipakai bila tidak ada kontrak per jam yang menetapkannya, serta kapasitas mingguannya sendiri (mis. 32:00; kosong: kapasitas di atas).</translation>
    </message>
    <message>
        <source>“%1” is not a weekly capacity: write hours and minutes like 37:30, at most 168:00.</source>
        <translation>“%1” bukan kapasitas mingguan: tulis jam dan menit seperti 37:30, paling banyak 168:00.</translation>
    </message>
    <message>
        <source>%1&apos;s default rate: %2</source>
        <translation>Tarif bawaan %1: %2</translation>
    </message>
    <message>
        <source>a rate cannot be negative.</source>
        <translation>tarif tidak boleh negatif.</translation>
    </message>
    <message>
        <source>%1&apos;s weekly capacity: %2</source>
        <translation>Kapasitas mingguan %1: %2</translation>
    </message>
</context>
<context>
    <name>cd::TimeStore</name>
    <message>
        <source>The time entry of %1 is invoiced and cannot be changed or deleted.</source>
        <translation>Catatan waktu %1 sudah difakturkan dan tidak dapat diubah atau dihapus.</translation>
    </message>
    <message>
        <source>Saving the time entry of %1 failed</source>
        <translation>Gagal menyimpan catatan waktu %1</translation>
    </message>
    <message>
        <source>Someone else changed the time entry of %1 since you opened it; reload it and try again.</source>
        <translation>Orang lain telah mengubah catatan waktu %1 sejak Anda membukanya; muat ulang lalu coba lagi.</translation>
    </message>
    <message>
        <source>Deleting time entry %1 failed</source>
        <translation>Gagal menghapus catatan waktu %1</translation>
    </message>
    <message>
        <source>Reading time entry %1 failed</source>
        <translation>Gagal membaca catatan waktu %1</translation>
    </message>
    <message>
        <source>There is no time entry with id %1.</source>
        <translation>Tidak ada catatan waktu dengan id %1.</translation>
    </message>
    <message>
        <source>Marking time entry %1 failed</source>
        <translation>Gagal menandai catatan waktu %1</translation>
    </message>
    <message>
        <source>Reading the time entries failed</source>
        <translation>Gagal membaca catatan waktu</translation>
    </message>
    <message>
        <source>Reading the week of %1 failed</source>
        <translation>Gagal membaca minggu %1</translation>
    </message>
    <message>
        <source>Reading the time of %1 failed</source>
        <translation>Gagal membaca waktu %1</translation>
    </message>
    <message>
        <source>Reading the time of contract %1 failed</source>
        <translation>Gagal membaca waktu kontrak %1</translation>
    </message>
    <message>
        <source>Reading the contracts with hours failed</source>
        <translation>Gagal membaca kontrak yang memiliki jam</translation>
    </message>
    <message>
        <source>Reading the running timer failed</source>
        <translation>Gagal membaca timer yang sedang berjalan</translation>
    </message>
    <message>
        <source>Starting the timer failed</source>
        <translation>Gagal memulai timer</translation>
    </message>
    <message>
        <source>Removing the timer failed</source>
        <translation>Gagal menghapus timer</translation>
    </message>
    <message>
        <source>Reading the time entries to convert failed</source>
        <translation>Gagal membaca catatan waktu yang akan dikonversi</translation>
    </message>
    <message>
        <source>Time entry %1 (%2 %3 on %4) would convert to more than the largest amount in %5 at the rate of that day; check the rate.</source>
        <translation>Catatan waktu %1 (%2 %3 pada %4) akan dikonversi menjadi lebih dari jumlah terbesar dalam %5 dengan kurs hari itu; periksa kurs tersebut.</translation>
    </message>
    <message>
        <source>Writing the converted values of the time entries failed</source>
        <translation>Gagal menulis nilai hasil konversi catatan waktu</translation>
    </message>
    <message>
        <source>Reading the time entries in %1 failed</source>
        <translation>Gagal membaca catatan waktu dalam %1</translation>
    </message>
    <message>
        <source>%1 invoiced time entries are in %2; invoiced entries are locked, so %2 cannot be relabelled.</source>
        <translation>%1 catatan waktu yang sudah difakturkan menggunakan %2; catatan yang sudah difakturkan terkunci, sehingga %2 tidak dapat dilabeli ulang.</translation>
    </message>
    <message>
        <source>Relabelling the time entries in %1 failed</source>
        <translation>Gagal melabeli ulang catatan waktu dalam %1</translation>
    </message>
    <message>
        <source>Checking the converted values of the time entries failed</source>
        <translation>Gagal memeriksa nilai hasil konversi catatan waktu</translation>
    </message>
    <message>
        <source>Time entry %1 cannot be marked %2: it is gone, or on a server it is someone else&apos;s that you may not change.</source>
        <translation>Catatan waktu %1 tidak dapat ditandai %2: catatan itu sudah tidak ada, atau di server catatan itu milik orang lain yang tidak boleh Anda ubah.</translation>
    </message>
</context>
<context>
    <name>cd::TimeTracker</name>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>The signed-in user is not one of the users of this database; ask a manager to add your login to a user (clientdesk users) before logging time.</source>
        <translation>Pengguna yang sedang masuk bukan salah satu pengguna basis data ini; minta seorang manajer menambahkan nama masuk Anda ke seorang pengguna (clientdesk users) sebelum mencatat waktu.</translation>
    </message>
    <message>
        <source>A timer is already running; stop it before starting another.</source>
        <translation>Timer sudah berjalan; hentikan dulu sebelum memulai yang lain.</translation>
    </message>
    <message>
        <source>Choose the account the time was spent on.</source>
        <translation>Pilih akun tempat waktu ini digunakan.</translation>
    </message>
</context>
<context>
    <name>cd::TimeView</name>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Minggu</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>ClientDesk logs time for one person on this computer. Say which of the users you are (or add yourself) to fill in your week, start timers and see everyone&apos;s entries.</source>
        <translation>ClientDesk mencatat waktu untuk satu orang di komputer ini. Tunjukkan pengguna mana diri Anda (atau tambahkan diri Anda) untuk mengisi minggu Anda, memulai timer, dan melihat catatan semua orang.</translation>
    </message>
    <message>
        <source>This Is Me…</source>
        <translation>Ini Saya…</translation>
    </message>
    <message>
        <source>Time of %1</source>
        <translation>Waktu %1</translation>
    </message>
</context>
<context>
    <name>cd::TimeWeekModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Invoiced: this time can no longer be changed.</source>
        <translation>Sudah difakturkan: waktu ini tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>%1 would make %2 on %3; one person logs at most 24:00 a day.</source>
        <translation>%1 akan membuat total %2 pada %3; satu orang mencatat paling banyak 24:00 per hari.</translation>
    </message>
    <message>
        <source>Account / contract</source>
        <translation>Akun / kontrak</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>d/M</source>
        <comment>day/month in the week grid</comment>
        <translation>d/M</translation>
    </message>
</context>
<context>
    <name>cd::TimeWeekTab</name>
    <message>
        <source>No time logged this week yet.
Choose Add Row… to pick an account (and its contract), then type the hours in a day: 1:30 or 1.5.
Copy Last Week&apos;s Rows brings back the accounts you worked on last week.</source>
        <translation>Belum ada waktu tercatat minggu ini.
Pilih Tambah Baris… untuk memilih akun (dan kontraknya), lalu ketik jam pada suatu hari: 1:30 atau 1.5.
Salin Baris Minggu Lalu mengembalikan akun yang Anda kerjakan minggu lalu.</translation>
    </message>
    <message>
        <source>Choose who you are before logging time.</source>
        <translation>Tentukan siapa Anda sebelum mencatat waktu.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Kosongkan</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Minggu sebelumnya (Alt+Left)</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Minggu sebelumnya</translation>
    </message>
    <message>
        <source>This Week</source>
        <translation>Minggu Ini</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Minggu berikutnya (Alt+Right)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Minggu berikutnya</translation>
    </message>
    <message>
        <source>Add Row…</source>
        <translation>Tambah Baris…</translation>
    </message>
    <message>
        <source>Add an account (and contract) to log time on this week</source>
        <translation>Tambahkan akun (dan kontrak) untuk mencatat waktu minggu ini</translation>
    </message>
    <message>
        <source>Copy Last Week&apos;s Rows</source>
        <translation>Salin Baris Minggu Lalu</translation>
    </message>
    <message>
        <source>Add the accounts and contracts of last week, without their hours</source>
        <translation>Tambahkan akun dan kontrak minggu lalu, tanpa jamnya</translation>
    </message>
    <message>
        <source>Start Timer</source>
        <translation>Mulai Timer</translation>
    </message>
    <message>
        <source>Start a timer on the selected row&apos;s account and contract</source>
        <translation>Mulai timer pada akun dan kontrak dari baris yang dipilih</translation>
    </message>
    <message>
        <source>%1 – %2 (week %3)</source>
        <translation>%1 – %2 (minggu ke-%3)</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>first day of a week</comment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>last day of a week</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>That row is already in the week.</source>
        <translation>Baris itu sudah ada di minggu ini.</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Tambah Baris</translation>
    </message>
    <message>
        <source>Last week has no rows that are not here already.</source>
        <translation>Minggu lalu tidak memiliki baris yang belum ada di sini.</translation>
    </message>
    <message>
        <source>One row of last week added.</source>
        <translation>Satu baris dari minggu lalu ditambahkan.</translation>
    </message>
    <message>
        <source>%1 rows of last week added.</source>
        <translation>%1 baris dari minggu lalu ditambahkan.</translation>
    </message>
</context>
<context>
    <name>cd::TimerControl</name>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Start Timer</source>
        <translation>Mulai Timer</translation>
    </message>
    <message>
        <source>Stop the timer and log the time</source>
        <translation>Hentikan timer dan catat waktunya</translation>
    </message>
    <message>
        <source>Start a timer; what it is for is asked when it stops</source>
        <translation>Mulai timer; tujuannya ditanyakan saat timer dihentikan</translation>
    </message>
    <message>
        <source>ClientDesk: no timer running</source>
        <translation>ClientDesk: tidak ada timer yang berjalan</translation>
    </message>
    <message>
        <source>Timer %1</source>
        <translation>Timer %1</translation>
    </message>
    <message>
        <source>Timer %1 — %2</source>
        <translation>Timer %1 — %2</translation>
    </message>
</context>
<context>
    <name>cd::TransactionGuard</name>
    <message>
        <source>This transaction has already begun.</source>
        <translation>Transaksi ini sudah dimulai.</translation>
    </message>
    <message>
        <source>Starting a transaction failed</source>
        <translation>Gagal memulai transaksi</translation>
    </message>
    <message>
        <source>There is no transaction to commit.</source>
        <translation>Tidak ada transaksi untuk di-commit.</translation>
    </message>
    <message>
        <source>Saving the changes failed</source>
        <translation>Gagal menyimpan perubahan</translation>
    </message>
    <message>
        <source>Connecting to the server again failed: %1</source>
        <translation>Gagal menyambung lagi ke server: %1</translation>
    </message>
    <message>
        <source>The connection to the database server was lost while the change was being saved, so it is not known whether it was saved; once the server answers, reload to see, and save again if it is missing.</source>
        <translation>Sambungan ke server basis data terputus saat perubahan sedang disimpan, jadi tidak diketahui apakah perubahan itu tersimpan; setelah server menjawab, muat ulang untuk melihatnya, dan simpan lagi bila belum ada.</translation>
    </message>
</context>
<context>
    <name>cd::Unconverted</name>
    <message>
        <source>1 %2 entry from before the first %2 rate, %3, is not in these figures — add rates in Settings.</source>
        <translation>1 entri %2 dari sebelum kurs %2 pertama, %3, tidak termasuk dalam angka ini — tambahkan kurs di Pengaturan.</translation>
    </message>
    <message>
        <source>%1 %2 entries from before the first %2 rate, %3, are not in these figures — add rates in Settings.</source>
        <translation>%1 entri %2 dari sebelum kurs %2 pertama, %3, tidak termasuk dalam angka ini — tambahkan kurs di Pengaturan.</translation>
    </message>
    <message>
        <source>1 %2 entry, %3, has no %2 rate and is not in these figures — add rates in Settings.</source>
        <translation>1 entri %2, %3, tidak memiliki kurs %2 dan tidak termasuk dalam angka ini — tambahkan kurs di Pengaturan.</translation>
    </message>
    <message>
        <source>%1 %2 entries, %3, have no %2 rate and are not in these figures — add rates in Settings.</source>
        <translation>%1 entri %2, %3, tidak memiliki kurs %2 dan tidak termasuk dalam angka ini — tambahkan kurs di Pengaturan.</translation>
    </message>
    <message>
        <source>1 %2 entry, %3, has no %2 rate on or before its date and is not in these figures — add rates in Settings.</source>
        <translation>1 entri %2, %3, tidak memiliki kurs %2 pada atau sebelum tanggalnya dan tidak termasuk dalam angka ini — tambahkan kurs di Pengaturan.</translation>
    </message>
    <message>
        <source>%1 %2 entries, %3, have no %2 rate on or before their date and are not in these figures — add rates in Settings.</source>
        <translation>%1 entri %2, %3, tidak memiliki kurs %2 pada atau sebelum tanggalnya dan tidak termasuk dalam angka ini — tambahkan kurs di Pengaturan.</translation>
    </message>
    <message>
        <source>1 %2 contract, %3 a month, has no %2 rate on or before today and is not in these figures — add rates in Settings.</source>
        <translation>1 kontrak %2, %3 per bulan, tidak memiliki kurs %2 pada atau sebelum hari ini dan tidak termasuk dalam angka ini — tambahkan kurs di Pengaturan.</translation>
    </message>
    <message>
        <source>%1 %2 contracts, %3 a month, have no %2 rate on or before today and are not in these figures — add rates in Settings.</source>
        <translation>%1 kontrak %2, %3 per bulan, tidak memiliki kurs %2 pada atau sebelum hari ini dan tidak termasuk dalam angka ini — tambahkan kurs di Pengaturan.</translation>
    </message>
    <message>
        <source>1 %2 deal, %3, has no %2 rate on or before today and is not in these figures — add rates in Settings.</source>
        <translation>1 peluang %2, %3, tidak memiliki kurs %2 pada atau sebelum hari ini dan tidak termasuk dalam angka ini — tambahkan kurs di Pengaturan.</translation>
    </message>
    <message>
        <source>%1 %2 deals, %3, have no %2 rate on or before today and are not in these figures — add rates in Settings.</source>
        <translation>%1 peluang %2, %3, tidak memiliki kurs %2 pada atau sebelum hari ini dan tidak termasuk dalam angka ini — tambahkan kurs di Pengaturan.</translation>
    </message>
    <message>
        <source>Amounts in other currencies are converted at the latest rate on or before their date, rounded to the cent per entry.</source>
        <translation>Jumlah dalam mata uang lain dikonversi dengan kurs terakhir pada atau sebelum tanggalnya, dibulatkan ke sen per entri.</translation>
    </message>
</context>
<context>
    <name>cd::UserGuideDialog</name>
    <message>
        <source>ClientDesk User Guide</source>
        <translation>Panduan Pengguna ClientDesk</translation>
    </message>
    <message>
        <source>The user guide is missing from this copy of ClientDesk.</source>
        <translation>Panduan pengguna tidak ada dalam salinan ClientDesk ini.</translation>
    </message>
</context>
<context>
    <name>cd::UserRepository</name>
    <message>
        <source>A user needs a name.</source>
        <translation>Pengguna memerlukan nama.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“%1” bukan alamat email.</translation>
    </message>
    <message>
        <source>There is already a user named “%1”.</source>
        <translation>Sudah ada pengguna bernama “%1”.</translation>
    </message>
    <message>
        <source>Saving the user “%1” failed</source>
        <translation>Gagal menyimpan pengguna “%1”</translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation>Tidak ada pengguna dengan id %1.</translation>
    </message>
    <message>
        <source>Deleting the user failed</source>
        <translation>Gagal menghapus pengguna</translation>
    </message>
    <message>
        <source>Reading the user failed</source>
        <translation>Gagal membaca pengguna</translation>
    </message>
    <message>
        <source>Reading the users failed</source>
        <translation>Gagal membaca daftar pengguna</translation>
    </message>
    <message>
        <source>“%1” is not a server sign-in; use up to 63 letters, digits and . _ @ -.</source>
        <translation>“%1” bukan nama masuk server; gunakan paling banyak 63 huruf, angka, dan . _ @ -.</translation>
    </message>
    <message>
        <source>%1 already signs in as “%2”.</source>
        <translation>%1 sudah masuk sebagai “%2”.</translation>
    </message>
    <message>
        <source>The user&apos;s name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>The user&apos;s email address</source>
        <translation>Alamat email pengguna</translation>
    </message>
    <message>
        <source>The user&apos;s server sign-in</source>
        <translation>Nama masuk server pengguna</translation>
    </message>
    <message>
        <source>Only a manager can add, change or delete users; %1 signs in as an account manager.</source>
        <translation>Hanya manajer yang dapat menambah, mengubah, atau menghapus pengguna; %1 masuk sebagai manajer akun.</translation>
    </message>
    <message>
        <source>The user</source>
        <translation>Pengguna ini</translation>
    </message>
    <message>
        <source>%1 cannot have a negative hourly rate.</source>
        <translation>%1 tidak boleh memiliki tarif per jam negatif.</translation>
    </message>
    <message>
        <source>The hourly rate of %1 is too large.</source>
        <translation>%1 memiliki tarif per jam yang terlalu besar.</translation>
    </message>
    <message>
        <source>%1 works %2 minutes a week by their capacity; a week has at most %3 minutes (168 hours).</source>
        <translation>%1 bekerja %2 menit per minggu menurut kapasitasnya; satu minggu paling banyak %3 menit (168 jam).</translation>
    </message>
</context>
<context>
    <name>cd::ViewExport</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export List</source>
        <translation>Ekspor Daftar</translation>
    </message>
    <message>
        <source>List Not Exported</source>
        <translation>Daftar Tidak Diekspor</translation>
    </message>
</context>
<context>
    <name>cd::VoidDialog</name>
    <message>
        <source>Void %1</source>
        <translation>Batalkan %1</translation>
    </message>
    <message>
        <source>%1 keeps its number and is marked void with the reason; its revenue is taken out of the month it was booked in, and what it billed can be billed again.</source>
        <translation>%1 tetap memiliki nomornya dan ditandai batal beserta alasannya; pendapatannya dikeluarkan dari bulan pembukuannya, dan apa yang ditagihkannya dapat ditagih lagi.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Why it is void (required), e.g. billed to the wrong client</source>
        <translation>Alasan pembatalan (wajib), mis. ditagihkan ke klien yang salah</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>&amp;Batalkan</translation>
    </message>
</context>
<context>
    <name>cd::WelcomePanel</name>
    <message>
        <source>Welcome to ClientDesk</source>
        <translation>Selamat datang di ClientDesk</translation>
    </message>
    <message>
        <source>ClientDesk keeps your firm&apos;s clients under contract and its transactional customers side by side in one local database. It shows how each kind of account earns the firm its money, and which customers are ready to become clients.</source>
        <translation>ClientDesk menyimpan klien firma Anda yang terikat kontrak dan pelanggan transaksionalnya secara berdampingan dalam satu basis data lokal. ClientDesk menunjukkan bagaimana setiap jenis akun menghasilkan pendapatan bagi firma, serta pelanggan mana yang siap menjadi klien.</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create a sample portfolio to explore ClientDesk, or bring in your own accounts.</source>
        <translation>Basis data ini belum memiliki akun. Buat portofolio contoh untuk menjelajahi ClientDesk, atau masukkan akun Anda sendiri.</translation>
    </message>
    <message>
        <source>Create sample portfolio</source>
        <translation>Buat portofolio contoh</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Impor CSV…</translation>
    </message>
    <message>
        <source>Totals, charts and reports are in this currency. Amounts in other currencies keep their own and are converted at the exchange rates you add in Settings.</source>
        <translation>Total, grafik, dan laporan menggunakan mata uang ini. Jumlah dalam mata uang lain tetap memakai mata uangnya sendiri dan dikonversi dengan kurs yang Anda tambahkan di Pengaturan.</translation>
    </message>
    <message>
        <source>Your firm&apos;s &amp;currency:</source>
        <translation>&amp;Mata uang firma Anda:</translation>
    </message>
    <message>
        <source>Only a manager changes the firm&apos;s currency.</source>
        <translation>Hanya manajer yang dapat mengubah mata uang firma.</translation>
    </message>
    <message>
        <source>Import accounts, contacts, contracts, revenue, exchange rates or time from a CSV file</source>
        <translation>Impor akun, kontak, kontrak, pendapatan, kurs, atau waktu dari berkas CSV</translation>
    </message>
</context>
<context>
    <name>cd::WholeFile</name>
    <message>
        <source>%1 is a folder; give the name of a file.</source>
        <translation>%1 adalah folder; berikan nama berkas.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation>%1 tidak dapat ditulis: folder %2 tidak ada.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 tidak dapat ditulis: %2.</translation>
    </message>
    <message>
        <source>only part of it could be written (the disk may be full)</source>
        <translation>hanya sebagian yang dapat ditulis (disk mungkin penuh)</translation>
    </message>
</context>
<context>
    <name>cd::WorkChooser</name>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Permintaan layanan</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Akun:</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>&amp;Kontrak:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Permintaan:</translation>
    </message>
    <message>
        <source>There are no clients or customers yet: add one first.</source>
        <translation>Belum ada klien atau pelanggan: tambahkan dulu.</translation>
    </message>
    <message>
        <source>(no contract)</source>
        <translation>(tanpa kontrak)</translation>
    </message>
    <message>
        <source>(no request)</source>
        <translation>(tanpa permintaan)</translation>
    </message>
</context>
<context>
    <name>cd::WorklistModel</name>
    <message>
        <source>Notice deadline</source>
        <translation>Batas pemberitahuan</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Perpanjangan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Permintaan layanan</translation>
    </message>
    <message>
        <source>Client at risk</source>
        <translation>Klien berisiko</translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation>Jam terpakai</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktur</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Terlewat</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat jatuh tempo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Act by</source>
        <translation>Tindak paling lambat</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Yang perlu dilakukan</translation>
    </message>
</context>
<context>
    <name>cd::WorklistView</name>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Notice deadlines and renewals</source>
        <translation>Batas pemberitahuan dan perpanjangan</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Requests past their service level</source>
        <translation>Permintaan yang melewati tingkat layanannya</translation>
    </message>
    <message>
        <source>Clients at risk</source>
        <translation>Klien berisiko</translation>
    </message>
    <message>
        <source>Hours at 80 % or more</source>
        <translation>Jam terpakai 80 % atau lebih</translation>
    </message>
    <message>
        <source>Invoices overdue</source>
        <translation>Faktur lewat jatuh tempo</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Manajer akun</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Follow-up &amp;Done</source>
        <translation>Tindak Lanjut &amp;Selesai</translation>
    </message>
    <message>
        <source>&amp;Snooze a Week</source>
        <translation>&amp;Tunda Seminggu</translation>
    </message>
    <message>
        <source>Move the follow-up %1 days on from today or from its date, whichever is later</source>
        <translation>Pindahkan tindak lanjut %1 hari dari hari ini atau dari tanggalnya, mana yang lebih akhir</translation>
    </message>
    <message>
        <source>All account managers</source>
        <translation>Semua manajer akun</translation>
    </message>
    <message>
        <source>Items: %1 (missed or overdue: %2)</source>
        <translation>Butir: %1 (terlewat atau lewat jatuh tempo: %2)</translation>
    </message>
</context>
<context>
    <name>cd::cli</name>
    <message>
        <source>Only clients or only customers.</source>
        <translation>Hanya klien atau hanya pelanggan.</translation>
    </message>
    <message>
        <source>Only accounts with this tag.</source>
        <translation>Hanya akun dengan tag ini.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (bawaan), csv, atau json.</translation>
    </message>
    <message>
        <source>--kind is client or customer, not &apos;%1&apos;.</source>
        <translation>--kind bernilai client atau customer, bukan &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database to FILE, also while the app is working on it.</source>
        <translation>Menulis salinan basis data yang konsisten ke FILE, juga saat aplikasi sedang menggunakannya.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2: %3 accounts, %4 revenue entries, %5.</source>
        <translation>%1 telah dicadangkan ke %2: %3 akun, %4 entri pendapatan, %5.</translation>
    </message>
    <message>
        <source>Checks SQLite&apos;s integrity and foreign keys and ClientDesk&apos;s own rules. Writes nothing.</source>
        <translation>Memeriksa integritas dan kunci asing SQLite serta aturan ClientDesk sendiri. Tidak menulis apa pun.</translation>
    </message>
    <message>
        <source>%1 failed the check.</source>
        <translation>%1 tidak lolos pemeriksaan.</translation>
    </message>
    <message>
        <source>OK: %1 passes SQLite&apos;s integrity and foreign key checks and ClientDesk&apos;s rules (%2 accounts, %3 revenue entries).</source>
        <translation>OK: %1 lolos pemeriksaan integritas dan kunci asing SQLite serta aturan ClientDesk (%2 akun, %3 entri pendapatan).</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;. Run &apos;clientdesk --help&apos; for the commands.</source>
        <translation>opsi &apos;%1&apos; tidak dikenal. Jalankan &apos;clientdesk --help&apos; untuk melihat daftar perintah.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command. Run &apos;clientdesk --help&apos; for the commands.</source>
        <translation>&apos;%1&apos; bukan perintah. Jalankan &apos;clientdesk --help&apos; untuk melihat daftar perintah.</translation>
    </message>
    <message>
        <source>--%1 %2: there is no such day in the calendar.</source>
        <translation>--%1 %2: tanggal tersebut tidak ada dalam kalender.</translation>
    </message>
    <message>
        <source>--%1 takes a date written YYYY-MM-DD, such as 2024-03-31, not &apos;%2&apos;.</source>
        <translation>--%1 memerlukan tanggal dengan format YYYY-MM-DD, misalnya 2024-03-31, bukan &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--format is table, csv or json, not &apos;%1&apos;.</source>
        <translation>--format bernilai table, csv, atau json, bukan &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Tampilkan bantuan ini.</translation>
    </message>
    <message>
        <source>Run &apos;clientdesk %1 --help&apos; for its options.</source>
        <translation>Jalankan &apos;clientdesk %1 --help&apos; untuk melihat opsinya.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2. %3</source>
        <translation>&apos;%1&apos; memerlukan %2. %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take &apos;%2&apos;. %3</source>
        <translation>&apos;%1&apos; tidak menerima &apos;%2&apos;. %3</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>--%1 memerlukan bilangan bulat dari %2 sampai %3, bukan &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>Number of accounts (default %1).</source>
        <translation>Jumlah akun (bawaan %1).</translation>
    </message>
    <message>
        <source>Number of revenue entries (default %1).</source>
        <translation>Jumlah entri pendapatan (bawaan %1).</translation>
    </message>
    <message>
        <source>Seed: the same seed gives the same portfolio (default %1).</source>
        <translation>Seed: seed yang sama menghasilkan portofolio yang sama (bawaan %1).</translation>
    </message>
    <message>
        <source>Fills an empty database with a sample consultancy portfolio.</source>
        <translation>Mengisi basis data kosong dengan portofolio contoh sebuah firma konsultan.</translation>
    </message>
    <message>
        <source>Created a sample portfolio in %1: %2 accounts (%3 clients, %4 customers), %5 contracts, %6 opportunities and %7 revenue entries in %8 s.</source>
        <translation>Portofolio contoh dibuat di %1: %2 akun (%3 klien, %4 pelanggan), %5 kontrak, %6 peluang, dan %7 entri pendapatan dalam %8 dtk.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; imports and exports %2, not &apos;%3&apos;.</source>
        <translation>&apos;%1&apos; mengimpor dan mengekspor %2, bukan &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>new accounts</source>
        <translation>akun baru</translation>
    </message>
    <message>
        <source>new contacts</source>
        <translation>kontak baru</translation>
    </message>
    <message>
        <source>new contracts</source>
        <translation>kontrak baru</translation>
    </message>
    <message>
        <source>new revenue entries</source>
        <translation>entri pendapatan baru</translation>
    </message>
    <message>
        <source>merged into existing accounts</source>
        <translation>digabungkan ke akun yang sudah ada</translation>
    </message>
    <message>
        <source>skipped as likely duplicates</source>
        <translation>dilewati karena kemungkinan duplikat</translation>
    </message>
    <message>
        <source>invalid rows left out</source>
        <translation>baris tidak valid yang dilewati</translation>
    </message>
    <message>
        <source>Check the file and report what would be imported; write nothing.</source>
        <translation>Periksa berkas dan laporkan apa yang akan diimpor; tidak menulis apa pun.</translation>
    </message>
    <message>
        <source>Import the valid rows and write the others, with their problems, to the --rejected file.</source>
        <translation>Impor baris yang valid dan tulis baris lainnya, beserta masalahnya, ke berkas --rejected.</translation>
    </message>
    <message>
        <source>Where --skip-invalid writes the rows it leaves out (default: FILE.rejected.csv beside FILE).</source>
        <translation>Tempat --skip-invalid menulis baris yang dilewatinya (bawaan: FILE.rejected.csv di samping FILE).</translation>
    </message>
    <message>
        <source>What to do with a row that looks like an account already there: fail (default: import nothing and list the pairs), skip, merge (fill in the existing account) or create.</source>
        <translation>Tindakan untuk baris yang tampak seperti akun yang sudah ada: fail (bawaan: tidak mengimpor apa pun dan menampilkan daftar pasangannya), skip, merge (melengkapi akun yang sudah ada), atau create.</translation>
    </message>
    <message>
        <source>--on-duplicate is fail, skip, merge or create, not &apos;%1&apos;.</source>
        <translation>--on-duplicate bernilai fail, skip, merge, atau create, bukan &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Mengimpor</translation>
    </message>
    <message>
        <source>%1: rows that cannot be imported (%2):</source>
        <translation>%1: baris yang tidak dapat diimpor (%2):</translation>
    </message>
    <message>
        <source>%1: rows that look like accounts already there (%2). Choose with --on-duplicate skip, merge or create:</source>
        <translation>%1: baris yang tampak seperti akun yang sudah ada (%2). Pilih dengan --on-duplicate skip, merge, atau create:</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Dry run of %1 (nothing was written); it would import:</source>
        <translation>Uji coba %1 (tidak ada yang ditulis); yang akan diimpor:</translation>
    </message>
    <message>
        <source>Imported %1 into %2:</source>
        <translation>%1 diimpor ke %2:</translation>
    </message>
    <message>
        <source>The invalid rows are in %1 with their problems.</source>
        <translation>Baris yang tidak valid beserta masalahnya ada di %1.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Berkas yang akan ditulis.</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the file name&apos;s extension, else csv).</source>
        <translation>csv atau xlsx (bawaan: dari ekstensi nama berkas, jika tidak ada: csv).</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs -o FILE. Run &apos;clientdesk export --help&apos; for its options.</source>
        <translation>&apos;export&apos; memerlukan -o FILE. Jalankan &apos;clientdesk export --help&apos; untuk melihat opsinya.</translation>
    </message>
    <message>
        <source>--format is csv or xlsx, not &apos;%1&apos;.</source>
        <translation>--format bernilai csv atau xlsx, bukan &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Mengekspor</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (rows: %3).</source>
        <translation>%1 diekspor ke %2 (baris: %3).</translation>
    </message>
    <message>
        <source>Prints the open opportunities by stage, the weighted forecast by month and the median sales-cycle length in days by kind.</source>
        <translation>Menampilkan peluang terbuka per tahap, prakiraan tertimbang per bulan, dan median lama siklus penjualan dalam hari per jenis.</translation>
    </message>
    <message>
        <source>Open opportunities by stage (%1)</source>
        <translation>Peluang terbuka per tahap (%1)</translation>
    </message>
    <message>
        <source>Weighted forecast by month of expected close</source>
        <translation>Prakiraan tertimbang per bulan perkiraan penutupan</translation>
    </message>
    <message>
        <source>Sales cycle from first contact to won, in days</source>
        <translation>Siklus penjualan dari kontak pertama hingga dimenangkan, dalam hari</translation>
    </message>
    <message>
        <source>Open: %1; stale (no stage change or interaction for more than %2 days): %3.</source>
        <translation>Terbuka: %1; mandek (tanpa perubahan tahap atau interaksi lebih dari %2 hari): %3.</translation>
    </message>
    <message>
        <source>Open without an expected close, not in the forecast: %1.</source>
        <translation>Terbuka tanpa perkiraan penutupan, tidak termasuk dalam prakiraan: %1.</translation>
    </message>
    <message>
        <source>the first day of the period, YYYY-MM-DD.</source>
        <translation>hari pertama periode, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>the last day of the period, YYYY-MM-DD (default: today).</source>
        <translation>hari terakhir periode, YYYY-MM-DD (bawaan: hari ini).</translation>
    </message>
    <message>
        <source>clients: only this account manager&apos;s clients.</source>
        <translation>clients: hanya klien milik manajer akun ini.</translation>
    </message>
    <message>
        <source>Name the folder for the reports with -o DIR.</source>
        <translation>Tentukan folder untuk laporan dengan -o DIR.</translation>
    </message>
    <message>
        <source>Name the PDF file to write with -o FILE.pdf.</source>
        <translation>Tentukan berkas PDF yang akan ditulis dengan -o FILE.pdf.</translation>
    </message>
    <message>
        <source>--manager goes with &apos;report clients&apos; only.</source>
        <translation>--manager hanya berlaku untuk &apos;report clients&apos;.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>%1 telah ditulis (%2 halaman).</translation>
    </message>
    <message>
        <source>There is no account manager named &apos;%1&apos;.</source>
        <translation>Tidak ada manajer akun bernama &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 has no active clients: no reports written.</source>
        <translation>%1 tidak memiliki klien aktif: tidak ada laporan yang ditulis.</translation>
    </message>
    <message>
        <source>There are no active clients: no reports written.</source>
        <translation>Tidak ada klien aktif: tidak ada laporan yang ditulis.</translation>
    </message>
    <message>
        <source>%1 is a file; give a folder for the reports.</source>
        <translation>%1 adalah berkas; berikan folder untuk laporan.</translation>
    </message>
    <message>
        <source>Writing client reports (%1 of %2)</source>
        <translation>Menulis laporan klien (%1 dari %2)</translation>
    </message>
    <message>
        <source>Client reports written into %2: %1.</source>
        <translation>Laporan klien ditulis ke %2: %1.</translation>
    </message>
    <message>
        <source>month (default), quarter or year.</source>
        <translation>month (bawaan), quarter, atau year.</translation>
    </message>
    <message>
        <source>the first day to count, YYYY-MM-DD.</source>
        <translation>hari pertama yang dihitung, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>the last day to count, YYYY-MM-DD.</source>
        <translation>hari terakhir yang dihitung, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Prints revenue by month, quarter or year: clients, customers and the total, in the firm&apos;s currency.</source>
        <translation>Menampilkan pendapatan per bulan, kuartal, atau tahun: klien, pelanggan, dan totalnya, dalam mata uang firma.</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Pendapatan (%1)</translation>
    </message>
    <message>
        <source>OK: %1 passes ClientDesk&apos;s rules (%2 accounts, %3 revenue entries).</source>
        <translation>OK: %1 lolos aturan ClientDesk (%2 akun, %3 entri pendapatan).</translation>
    </message>
    <message>
        <source>Copies the database (a ClientDesk file) to an empty database on a PostgreSQL server, in one transaction, and checks row counts and money totals on both sides.</source>
        <translation>Menyalin basis data (berkas ClientDesk) ke basis data kosong di server PostgreSQL dalam satu transaksi, lalu memeriksa jumlah baris dan total uang di kedua sisi.</translation>
    </message>
    <message>
        <source>&apos;copy&apos; needs --to postgresql://USER@HOST:PORT/DATABASE. Run &apos;clientdesk copy --help&apos; for its options.</source>
        <translation>&apos;copy&apos; memerlukan --to postgresql://USER@HOST:PORT/DATABASE. Jalankan &apos;clientdesk copy --help&apos; untuk melihat opsinya.</translation>
    </message>
    <message>
        <source>copy writes to a database server (--to postgresql://USER@HOST:PORT/DATABASE); for a copy in a file, use &apos;clientdesk backup FILE&apos;.</source>
        <translation>copy menulis ke server basis data (--to postgresql://USER@HOST:PORT/DATABASE); untuk salinan dalam berkas, gunakan &apos;clientdesk backup FILE&apos;.</translation>
    </message>
    <message>
        <source>copy reads a ClientDesk file; --database names a server database.</source>
        <translation>copy membaca berkas ClientDesk; --database menyebut basis data server.</translation>
    </message>
    <message>
        <source>Copied %1 to %2 in %3 s: %4 rows in %5 tables.</source>
        <translation>%1 disalin ke %2 dalam %3 dtk: %4 baris dalam %5 tabel.</translation>
    </message>
    <message>
        <source>Checked on the server before saving: the same row count in every table and the same sums of money (in minor units):</source>
        <translation>Diperiksa di server sebelum disimpan: jumlah baris yang sama di setiap tabel dan jumlah uang yang sama (dalam satuan terkecil):</translation>
    </message>
    <message>
        <source>Lists the users: name, role, the server login they sign in with in team mode, email and whether they are active.</source>
        <translation>Menampilkan daftar pengguna: nama, peran, nama masuk server yang dipakai dalam mode tim, email, dan apakah mereka aktif.</translation>
    </message>
    <message>
        <source>manager or account_manager.</source>
        <translation>manager atau account_manager.</translation>
    </message>
    <message>
        <source>The server login the user signs in with.</source>
        <translation>Nama masuk server yang dipakai pengguna.</translation>
    </message>
    <message>
        <source>Remove the user&apos;s server login.</source>
        <translation>Hapus nama masuk server pengguna.</translation>
    </message>
    <message>
        <source>The user&apos;s email address.</source>
        <translation>Alamat email pengguna.</translation>
    </message>
    <message>
        <source>yes or no.</source>
        <translation>yes atau no.</translation>
    </message>
    <message>
        <source>Adds the user NAME, or changes the user of that name. A new user is an active account manager unless told otherwise.</source>
        <translation>Menambahkan pengguna NAME, atau mengubah pengguna dengan nama itu. Pengguna baru adalah manajer akun yang aktif kecuali dinyatakan lain.</translation>
    </message>
    <message>
        <source>--login and --no-login cannot be given together.</source>
        <translation>--login dan --no-login tidak dapat diberikan bersamaan.</translation>
    </message>
    <message>
        <source>“%1” is not a role; use manager or account_manager.</source>
        <translation>“%1” bukan peran; gunakan manager atau account_manager.</translation>
    </message>
    <message>
        <source>--active takes yes or no, not “%1”.</source>
        <translation>--active menerima yes atau no, bukan “%1”.</translation>
    </message>
    <message>
        <source>Changed the user %1.</source>
        <translation>Pengguna %1 diubah.</translation>
    </message>
    <message>
        <source>Added the user %1.</source>
        <translation>Pengguna %1 ditambahkan.</translation>
    </message>
    <message>
        <source>the password given in the server address on the command line can be read by other users of this computer (in the list of running programs); keep it in ~/.pgpass instead, or let the app remember it in the system keychain.</source>
        <translation>kata sandi yang diberikan dalam alamat server di baris perintah dapat dibaca oleh pengguna lain di komputer ini (dalam daftar program yang sedang berjalan); simpan kata sandi itu di ~/.pgpass saja, atau biarkan aplikasi mengingatnya di gantungan kunci sistem.</translation>
    </message>
    <message>
        <source>--%1 %2.</source>
        <translation>--%1 %2.</translation>
    </message>
    <message>
        <source>The server database to fill: postgresql://USER@HOST[:PORT]/DATABASE (the password from ~/.pgpass). It must hold no ClientDesk data yet.</source>
        <translation>Basis data server yang akan diisi: postgresql://USER@HOST[:PORT]/DATABASE (kata sandi diambil dari ~/.pgpass). Basis data itu belum boleh berisi data ClientDesk.</translation>
    </message>
    <message>
        <source>The valid rows were imported, but the invalid rows were not saved: %1</source>
        <translation>Baris yang valid sudah diimpor, tetapi baris yang tidak valid tidak disimpan: %1</translation>
    </message>
    <message>
        <source>secure: lets only ClientDesk users connect to the database on a PostgreSQL server. Takes the right to connect (CONNECT) from every login (PUBLIC) and gives it to each active user&apos;s server login and to the owner of the tables, so a login that is no ClientDesk user cannot connect, read the schema or listen to the team&apos;s change notices. Run it once, as the database&apos;s owner or a superuser; clientdesk user NAME --login LOGIN lets later logins connect.</source>
        <translation>secure: hanya mengizinkan pengguna ClientDesk tersambung ke basis data di server PostgreSQL. Mencabut hak untuk tersambung (CONNECT) dari setiap nama masuk (PUBLIC) dan memberikannya kepada nama masuk server setiap pengguna aktif serta kepada pemilik tabel, sehingga nama masuk yang bukan pengguna ClientDesk tidak dapat tersambung, membaca skema, atau mendengarkan pemberitahuan perubahan dari tim. Jalankan sekali, sebagai pemilik basis data atau superuser; clientdesk user NAME --login LOGIN mengizinkan nama masuk yang ditambahkan kemudian untuk tersambung.</translation>
    </message>
    <message>
        <source>&apos;team&apos; does secure, not &apos;%1&apos;. Run &apos;clientdesk team --help&apos; for its options.</source>
        <translation>&apos;team&apos; hanya mengenal secure, bukan &apos;%1&apos;. Jalankan &apos;clientdesk team --help&apos; untuk melihat opsinya.</translation>
    </message>
    <message>
        <source>%1 is a file: only who may read the file can open it. &apos;team secure&apos; is for a database on a PostgreSQL server (--database postgresql://USER@HOST:PORT/DATABASE).</source>
        <translation>%1 adalah berkas: hanya yang berhak membaca berkas itu yang dapat membukanya. &apos;team secure&apos; ditujukan untuk basis data di server PostgreSQL (--database postgresql://USER@HOST:PORT/DATABASE).</translation>
    </message>
    <message>
        <source>Only these logins may connect to the database “%1” now: %2.</source>
        <translation>Kini hanya nama masuk berikut yang boleh tersambung ke basis data “%1”: %2.</translation>
    </message>
    <message>
        <source>The server has no login “%1” yet; once it is created, run &apos;clientdesk team secure&apos; again or: %2</source>
        <translation>Server belum memiliki nama masuk “%1”; setelah nama masuk itu dibuat, jalankan &apos;clientdesk team secure&apos; lagi atau: %2</translation>
    </message>
    <message>
        <source>“%1” is no active user&apos;s login and can no longer connect.</source>
        <translation>“%1” bukan nama masuk pengguna aktif dan tidak dapat lagi tersambung.</translation>
    </message>
    <message>
        <source>The database: a file path or a server address postgresql://USER@HOST[:PORT]/DATABASE (default: $CLIENTDESK_DATABASE, else %1).</source>
        <translation>Basis data: jalur berkas atau alamat server postgresql://USER@HOST[:PORT]/DATABASE (bawaan: $CLIENTDESK_DATABASE, jika tidak ada: %1).</translation>
    </message>
    <message>
        <source>Lists accounts with their revenue of the last twelve months (converted to the firm&apos;s currency), tags, health and notice deadline.</source>
        <translation>Menampilkan daftar akun beserta pendapatan dua belas bulan terakhir (dikonversi ke mata uang firma), tag, kesehatan, dan batas pemberitahuan.</translation>
    </message>
    <message>
        <source>The firm&apos;s currency (ISO 4217) of the new database (default: the system&apos;s, else IDR; a currency already set in an empty database is kept unless given).</source>
        <translation>Mata uang firma (ISO 4217) untuk basis data baru (bawaan: mata uang sistem, jika tidak ada: IDR; mata uang yang sudah diatur di basis data kosong dipertahankan kecuali opsi ini diberikan).</translation>
    </message>
    <message>
        <source>%1 accounts are billed in other currencies than %2; %3 daily exchange rates convert their amounts.</source>
        <translation>%1 akun ditagih dalam mata uang selain %2; %3 kurs harian mengonversi jumlahnya.</translation>
    </message>
    <message>
        <source>new exchange rates</source>
        <translation>kurs baru</translation>
    </message>
    <message>
        <source>Revenue in each currency, not converted</source>
        <translation>Pendapatan dalam setiap mata uang, tanpa konversi</translation>
    </message>
    <message>
        <source>converted (default: every amount in the firm&apos;s currency) or original (each currency&apos;s own amounts, a row per period and currency).</source>
        <translation>converted (bawaan: setiap jumlah dalam mata uang firma) atau original (jumlah asli setiap mata uang, satu baris per periode dan mata uang).</translation>
    </message>
    <message>
        <source>--currency is converted or original, not &apos;%1&apos;.</source>
        <translation>--currency bernilai converted atau original, bukan &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The firm&apos;s currency (ISO 4217): totals, charts and reports are in it; amounts in other currencies are converted at the exchange rates.</source>
        <translation>Mata uang firma (ISO 4217): total, grafik, dan laporan menggunakan mata uang ini; jumlah dalam mata uang lain dikonversi dengan kurs.</translation>
    </message>
    <message>
        <source>“New” tag: days since the first purchase, fewer than (1–3650).</source>
        <translation>Tag “Baru”: hari sejak pembelian pertama, kurang dari (1–3650).</translation>
    </message>
    <message>
        <source>“Returning” tag: purchases, at least (2–1000).</source>
        <translation>Tag “Kembali”: jumlah pembelian, minimal (2–1000).</translation>
    </message>
    <message>
        <source>“Loyal” tag: quarters with a purchase, at least (1 to the quarters looked at).</source>
        <translation>Tag “Setia”: kuartal dengan pembelian, minimal (1 sampai jumlah kuartal yang diperhitungkan).</translation>
    </message>
    <message>
        <source>“Loyal” tag: out of the most recent quarters (2–40).</source>
        <translation>Tag “Setia”: dari kuartal terakhir sebanyak (2–40).</translation>
    </message>
    <message>
        <source>“Loyal” tag: days as a customer, at least (0–3650).</source>
        <translation>Tag “Setia”: hari sebagai pelanggan, minimal (0–3650).</translation>
    </message>
    <message>
        <source>“Promotion-driven” tag: percent of purchases discounted, at least (1–100).</source>
        <translation>Tag “Pemburu promo”: persen pembelian berdiskon, minimal (1–100).</translation>
    </message>
    <message>
        <source>“Promotion-driven” tag: purchases, at least (1–1000).</source>
        <translation>Tag “Pemburu promo”: jumlah pembelian, minimal (1–1000).</translation>
    </message>
    <message>
        <source>“Advocate” tag: accounts referred, at least (1–1000).</source>
        <translation>Tag “Pendukung”: akun yang dirujuk, minimal (1–1000).</translation>
    </message>
    <message>
        <source>Client health points lost: no active contract (0–100).</source>
        <translation>Poin kesehatan klien yang hilang: tidak ada kontrak aktif (0–100).</translation>
    </message>
    <message>
        <source>Client health points lost: no contact for more than 90 days (0–100).</source>
        <translation>Poin kesehatan klien yang hilang: tidak ada kontak lebih dari 90 hari (0–100).</translation>
    </message>
    <message>
        <source>Client health points lost: no contact for 46 to 90 days (0–100).</source>
        <translation>Poin kesehatan klien yang hilang: tidak ada kontak selama 46 sampai 90 hari (0–100).</translation>
    </message>
    <message>
        <source>Client health points lost: each open request past its response time, at most two (0–100).</source>
        <translation>Poin kesehatan klien yang hilang: setiap permintaan terbuka yang melewati waktu respons, paling banyak dua (0–100).</translation>
    </message>
    <message>
        <source>Client health points lost: each request answered late in 90 days, at most three (0–100).</source>
        <translation>Poin kesehatan klien yang hilang: setiap permintaan yang terlambat dijawab dalam 90 hari, paling banyak tiga (0–100).</translation>
    </message>
    <message>
        <source>Client health points lost: notice deadline within 30 days, no renewal decision (0–100).</source>
        <translation>Poin kesehatan klien yang hilang: batas pemberitahuan dalam 30 hari, belum ada keputusan perpanjangan (0–100).</translation>
    </message>
    <message>
        <source>Client health points lost: notice deadline in 31 to 60 days, no renewal decision (0–100).</source>
        <translation>Poin kesehatan klien yang hilang: batas pemberitahuan dalam 31 sampai 60 hari, belum ada keputusan perpanjangan (0–100).</translation>
    </message>
    <message>
        <source>Client health points lost: revenue below 70 % of the year before (0–100).</source>
        <translation>Poin kesehatan klien yang hilang: pendapatan di bawah 70 % dari tahun sebelumnya (0–100).</translation>
    </message>
    <message>
        <source>Client health points lost: revenue below 90 % of the year before (0–100).</source>
        <translation>Poin kesehatan klien yang hilang: pendapatan di bawah 90 % dari tahun sebelumnya (0–100).</translation>
    </message>
    <message>
        <source>Back up this database automatically, once a day, when the app opens it (true or false).</source>
        <translation>Cadangkan basis data ini secara otomatis, sekali sehari, saat aplikasi membukanya (true atau false).</translation>
    </message>
    <message>
        <source>Automatic backups kept (1–100).</source>
        <translation>Jumlah cadangan otomatis yang disimpan (1–100).</translation>
    </message>
    <message>
        <source>The firm&apos;s name, at the top of reports.</source>
        <translation>Nama firma, di bagian atas laporan.</translation>
    </message>
    <message>
        <source>The firm&apos;s address, at the top of reports (lines separated by line breaks).</source>
        <translation>Alamat firma, di bagian atas laporan (baris dipisahkan dengan jeda baris).</translation>
    </message>
    <message>
        <source>Showing the default: %1</source>
        <translation>Menampilkan nilai bawaan: %1</translation>
    </message>
    <message>
        <source>%1 takes a whole number, not &apos;%2&apos;.</source>
        <translation>%1 memerlukan bilangan bulat, bukan &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Converting the amounts again</source>
        <translation>Mengonversi ulang jumlah</translation>
    </message>
    <message>
        <source>The firm&apos;s currency is now %1.</source>
        <translation>Mata uang firma kini %1.</translation>
    </message>
    <message>
        <source>%1 is now set.</source>
        <translation>%1 kini sudah diatur.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a setting; run &apos;clientdesk settings&apos; for the list.</source>
        <translation>&apos;%1&apos; bukan pengaturan; jalankan &apos;clientdesk settings&apos; untuk melihat daftarnya.</translation>
    </message>
    <message>
        <source>%1 is true or false, not &apos;%2&apos;.</source>
        <translation>%1 bernilai true atau false, bukan &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 kini bernilai %2.</translation>
    </message>
    <message>
        <source>The customers&apos; tags are worked out again when the app next shows them.</source>
        <translation>Tag pelanggan dihitung ulang saat aplikasi menampilkannya lagi.</translation>
    </message>
    <message>
        <source>%1 and %2 are the same currency: there is nothing to relabel.</source>
        <translation>%1 dan %2 adalah mata uang yang sama: tidak ada yang perlu dilabeli ulang.</translation>
    </message>
    <message>
        <source>Relabelling</source>
        <translation>Melabeli ulang</translation>
    </message>
    <message>
        <source>Every amount, rate and account currency stored as %1 is now labelled %2; no amount changed.</source>
        <translation>Setiap jumlah, kurs, dan mata uang akun yang tersimpan sebagai %1 kini berlabel %2; tidak ada jumlah yang berubah.</translation>
    </message>
    <message>
        <source>Changes one of the firm&apos;s settings, with the checks of the settings dialog. &apos;settings set currency CODE&apos; re-expresses the stored exchange rates against the new currency.</source>
        <translation>Mengubah salah satu pengaturan firma, dengan pemeriksaan yang sama seperti di dialog pengaturan. &apos;settings set currency CODE&apos; menyatakan ulang kurs yang tersimpan terhadap mata uang baru.</translation>
    </message>
    <message>
        <source>Relabels every amount stored in currency FROM as TO without changing one digit (a database imported under a wrong currency code); recorded in the audit log.</source>
        <translation>Melabeli ulang setiap jumlah yang tersimpan dalam mata uang FROM sebagai TO tanpa mengubah satu digit pun (untuk basis data yang diimpor dengan kode mata uang yang salah); dicatat di log audit.</translation>
    </message>
    <message>
        <source>Lists the firm&apos;s settings with their values (the default where one is not set). &apos;clientdesk settings set KEY VALUE&apos; changes one; &apos;clientdesk settings relabel-currency FROM TO&apos; relabels amounts.</source>
        <translation>Menampilkan daftar pengaturan firma beserta nilainya (nilai bawaan jika belum diatur). &apos;clientdesk settings set KEY VALUE&apos; mengubah salah satunya; &apos;clientdesk settings relabel-currency FROM TO&apos; melabeli ulang jumlah.</translation>
    </message>
    <message>
        <source>Only the rates of this currency (ISO 4217).</source>
        <translation>Hanya kurs mata uang ini (ISO 4217).</translation>
    </message>
    <message>
        <source>Lists the stored exchange rates: on each date, how many units of the firm&apos;s currency one unit of the currency is worth.</source>
        <translation>Menampilkan daftar kurs yang tersimpan: pada setiap tanggal, berapa unit mata uang firma nilai satu unit mata uang tersebut.</translation>
    </message>
    <message>
        <source>--currency takes a currency code such as USD, not &apos;%1&apos;.</source>
        <translation>--currency memerlukan kode mata uang seperti USD, bukan &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Exchange rates (%1 per unit of each currency)</source>
        <translation>Kurs (%1 per unit setiap mata uang)</translation>
    </message>
    <message>
        <source>Consultants logged %1 time entries (%2 consultants added as users).</source>
        <translation>Para konsultan membuat %1 catatan waktu (%2 konsultan ditambahkan sebagai pengguna).</translation>
    </message>
    <message>
        <source>new time entries</source>
        <translation>catatan waktu baru</translation>
    </message>
    <message>
        <source>Imports accounts, contacts, contracts, revenue, exchange rates (columns date,currency,rate: units of the firm&apos;s currency per unit of the currency) or time (columns date,person,account,minutes; contract, service_request, description, billable, rate optional) from a CSV file (comma or semicolon, UTF-8 or Windows-1252). Every row is checked first; a file with an invalid row imports nothing unless --skip-invalid is given.</source>
        <translation>Mengimpor akun, kontak, kontrak, pendapatan, kurs (kolom date,currency,rate: unit mata uang firma per unit mata uang tersebut), atau waktu (kolom date,person,account,minutes; contract, service_request, description, billable, rate opsional) dari berkas CSV (pemisah koma atau titik koma, UTF-8 atau Windows-1252). Setiap baris diperiksa terlebih dahulu; berkas dengan baris yang tidak valid tidak mengimpor apa pun kecuali --skip-invalid diberikan.</translation>
    </message>
    <message>
        <source>A person&apos;s working minutes a week, unless their own capacity says otherwise: utilisation is billable time ÷ capacity (1–10080).</source>
        <translation>Menit kerja seseorang per minggu, kecuali kapasitasnya sendiri menyatakan lain: utilisasi adalah waktu yang dapat ditagih ÷ kapasitas (1–10080).</translation>
    </message>
    <message>
        <source>(no contract)</source>
        <translation>(tanpa kontrak)</translation>
    </message>
    <message>
        <source>Time (values in %1)</source>
        <translation>Waktu (nilai dalam %1)</translation>
    </message>
    <message>
        <source>account (default), contract, person or month.</source>
        <translation>account (bawaan), contract, person, atau month.</translation>
    </message>
    <message>
        <source>Prints the time logged per account, contract, person or month: minutes, billable minutes (with the retainers&apos; overage) and their value, invoiced and not, in the firm&apos;s currency; by contract also the included and used minutes of retainers and budgets.</source>
        <translation>Menampilkan waktu tercatat per akun, kontrak, orang, atau bulan: menit, menit yang dapat ditagih (termasuk kelebihan jam retainer) beserta nilainya, yang sudah difakturkan maupun belum, dalam mata uang firma; per kontrak juga menit yang termasuk dan yang terpakai pada retainer dan anggaran.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 jatuh setelah --to %2.</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>draf %1</translation>
    </message>
    <message numerus="yes">
        <source>Billing %1 (dry run): %n draft(s) dated %2, hours up to %3</source>
        <translation>
            <numerusform>Penagihan %1 (uji coba): %n draf bertanggal %2, jam sampai %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Billing %1: %n invoice(s) issued, dated %2</source>
        <translation>
            <numerusform>Penagihan %1: %n faktur diterbitkan, bertanggal %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Billing %1: %n draft(s) created, dated %2</source>
        <translation>
            <numerusform>Penagihan %1: %n draf dibuat, bertanggal %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the month to bill, YYYY-MM.</source>
        <translation>bulan yang akan ditagih, YYYY-MM.</translation>
    </message>
    <message>
        <source>the invoices&apos; date, YYYY-MM-DD (default: the month&apos;s last day).</source>
        <translation>tanggal faktur, YYYY-MM-DD (bawaan: hari terakhir bulan itu).</translation>
    </message>
    <message>
        <source>show what would be billed; store nothing.</source>
        <translation>tampilkan apa yang akan ditagih; tidak menyimpan apa pun.</translation>
    </message>
    <message>
        <source>issue the drafts too (numbers them, books revenue).</source>
        <translation>terbitkan juga drafnya (memberi nomor, membukukan pendapatan).</translation>
    </message>
    <message>
        <source>The billing run of a month: one draft per contract with something to bill (a retainer&apos;s fee, pro rata in its first and last months; instalments due and milestones done; billable hours not invoiced; a retainer&apos;s overage), never anything billed already. Without --dry-run the drafts are stored; with --issue they are issued too.</source>
        <translation>Penagihan satu bulan: satu draf per kontrak yang memiliki tagihan (biaya retainer, prorata pada bulan pertama dan terakhirnya; termin yang jatuh tempo dan milestone yang selesai; jam yang dapat ditagih dan belum difakturkan; kelebihan jam retainer), tidak pernah menagih apa yang sudah ditagih. Tanpa --dry-run draf disimpan; dengan --issue draf juga diterbitkan.</translation>
    </message>
    <message>
        <source>bill needs --period YYYY-MM, the month to bill.</source>
        <translation>bill memerlukan --period YYYY-MM, bulan yang akan ditagih.</translation>
    </message>
    <message>
        <source>--issue cannot go with --dry-run: a dry run stores nothing.</source>
        <translation>--issue tidak dapat digabung dengan --dry-run: uji coba tidak menyimpan apa pun.</translation>
    </message>
    <message>
        <source>Exports accounts, contacts, contracts, revenue, exchange rates or time with the columns &apos;import&apos; reads, so a CSV export imports back unchanged; and invoices or payments, which are exported only (without -o: CSV on stdout).</source>
        <translation>Mengekspor akun, kontak, kontrak, pendapatan, kurs, atau waktu dengan kolom yang dibaca &apos;import&apos;, sehingga ekspor CSV dapat diimpor kembali tanpa perubahan; serta faktur atau pembayaran, yang hanya dapat diekspor (tanpa -o: CSV ke stdout).</translation>
    </message>
    <message>
        <source>draft, issued, partly_paid, paid, void, or overdue (issued or partly paid and past the due date).</source>
        <translation>draft, issued, partly_paid, paid, void, atau overdue (issued atau partly paid dan lewat tanggal jatuh tempo).</translation>
    </message>
    <message>
        <source>the first invoice date to list, YYYY-MM-DD.</source>
        <translation>tanggal faktur pertama yang ditampilkan, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>the last invoice date to list, YYYY-MM-DD.</source>
        <translation>tanggal faktur terakhir yang ditampilkan, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Lists the invoices and credit notes by date: number, client, contract, issued, due, currency, net, tax, total, paid and state.</source>
        <translation>Menampilkan daftar faktur dan nota kredit menurut tanggal: nomor, klien, kontrak, tanggal terbit, jatuh tempo, mata uang, DPP, pajak, total, dibayar, dan status.</translation>
    </message>
    <message>
        <source>--status is draft, issued, partly_paid, paid, void or overdue, not &apos;%1&apos;.</source>
        <translation>--status bernilai draft, issued, partly_paid, paid, void, atau overdue, bukan &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2.</source>
        <translation>--to %1 lebih awal daripada --from %2.</translation>
    </message>
    <message>
        <source>the amount received, in the invoice&apos;s currency, such as 1500.00.</source>
        <translation>jumlah yang diterima, dalam mata uang faktur, misalnya 1500.00.</translation>
    </message>
    <message>
        <source>the day it was received, YYYY-MM-DD.</source>
        <translation>tanggal diterimanya, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>how it was paid, such as bank transfer.</source>
        <translation>cara pembayaran, misalnya transfer bank.</translation>
    </message>
    <message>
        <source>the bank&apos;s or the client&apos;s reference.</source>
        <translation>referensi dari bank atau klien.</translation>
    </message>
    <message>
        <source>Records a payment of an issued invoice. A payment above what the invoice owes is refused.</source>
        <translation>Mencatat pembayaran faktur yang sudah diterbitkan. Pembayaran yang melebihi tagihan faktur ditolak.</translation>
    </message>
    <message>
        <source>&apos;pay&apos; needs --amount and --date. Run &apos;clientdesk pay --help&apos; for its options.</source>
        <translation>&apos;pay&apos; memerlukan --amount dan --date. Jalankan &apos;clientdesk pay --help&apos; untuk melihat opsinya.</translation>
    </message>
    <message>
        <source>Recorded %1 %2 paid on %3 for %4; it is now %5, %6 %2 owed.</source>
        <translation>Tercatat %1 %2 dibayar pada %3 untuk %4; statusnya kini %5, terutang %6 %2.</translation>
    </message>
    <message>
        <source>why the invoice is voided (required).</source>
        <translation>alasan faktur dibatalkan (wajib).</translation>
    </message>
    <message>
        <source>the day it is voided, YYYY-MM-DD (default: today).</source>
        <translation>tanggal pembatalan, YYYY-MM-DD (bawaan: hari ini).</translation>
    </message>
    <message>
        <source>Voids an issued invoice that has no payments: it keeps its number, its revenue is taken out and what it billed can be billed again.</source>
        <translation>Membatalkan faktur terbit yang belum ada pembayarannya: nomornya tetap, pendapatannya dikeluarkan, dan apa yang ditagihkannya dapat ditagih lagi.</translation>
    </message>
    <message>
        <source>&apos;void&apos; needs --reason. Run &apos;clientdesk void --help&apos; for its options.</source>
        <translation>&apos;void&apos; memerlukan --reason. Jalankan &apos;clientdesk void --help&apos; untuk melihat opsinya.</translation>
    </message>
    <message>
        <source>Voided %1 on %2; its revenue is taken out and what it billed can be billed again.</source>
        <translation>%1 dibatalkan pada %2; pendapatannya dikeluarkan dan apa yang ditagihkannya dapat ditagih lagi.</translation>
    </message>
    <message>
        <source>the PDF file to write (client, portfolio, invoice) or the folder (clients, invoices).</source>
        <translation>berkas PDF yang akan ditulis (client, portfolio, invoice) atau foldernya (clients, invoices).</translation>
    </message>
    <message>
        <source>invoices: the month of the invoices&apos; dates, YYYY-MM.</source>
        <translation>invoices: bulan dari tanggal faktur, YYYY-MM.</translation>
    </message>
    <message>
        <source>invoice, invoices: the invoice&apos;s language, en or id (default: the app&apos;s).</source>
        <translation>invoice, invoices: bahasa faktur, en atau id (bawaan: bahasa aplikasi).</translation>
    </message>
    <message>
        <source>--period goes with &apos;report invoices&apos; only.</source>
        <translation>--period hanya berlaku untuk &apos;report invoices&apos;.</translation>
    </message>
    <message>
        <source>Name the month of the invoices with --period YYYY-MM.</source>
        <translation>Tentukan bulan faktur dengan --period YYYY-MM.</translation>
    </message>
    <message>
        <source>--language goes with &apos;report invoice&apos; and &apos;report invoices&apos; only.</source>
        <translation>--language hanya berlaku untuk &apos;report invoice&apos; dan &apos;report invoices&apos;.</translation>
    </message>
    <message>
        <source>&apos;report invoice&apos; prints one invoice: it takes no --from or --to.</source>
        <translation>&apos;report invoice&apos; mencetak satu faktur: tidak menerima --from atau --to.</translation>
    </message>
    <message>
        <source>&apos;report invoices&apos; takes the month with --period, not --from or --to.</source>
        <translation>&apos;report invoices&apos; menerima bulan dengan --period, bukan --from atau --to.</translation>
    </message>
    <message>
        <source>--language is en or id, not &apos;%1&apos;.</source>
        <translation>--language bernilai en atau id, bukan &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--period takes a month as YYYY-MM, such as 2026-11, not &apos;%1&apos;.</source>
        <translation>--period memerlukan bulan dengan format YYYY-MM, misalnya 2026-11, bukan &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Writes printed reports as PDF: one client&apos;s report, the portfolio report, every active client&apos;s report (of one manager) into a folder, one invoice, or every invoice dated in a month into a folder.</source>
        <translation>Menulis laporan cetak sebagai PDF: laporan satu klien, laporan portofolio, laporan setiap klien aktif (dari satu manajer) ke sebuah folder, satu faktur, atau setiap faktur bertanggal dalam satu bulan ke sebuah folder.</translation>
    </message>
    <message>
        <source>&apos;report&apos; writes client, portfolio, clients, invoice or invoices, not &apos;%1&apos;.</source>
        <translation>&apos;report&apos; menulis client, portfolio, clients, invoice, atau invoices, bukan &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Name the folder for the invoices with -o DIR.</source>
        <translation>Tentukan folder untuk faktur dengan -o DIR.</translation>
    </message>
    <message>
        <source>%1 is a file; give a folder for the invoices.</source>
        <translation>%1 adalah berkas; berikan folder untuk faktur.</translation>
    </message>
    <message>
        <source>No invoices are dated in %1: none written.</source>
        <translation>Tidak ada faktur bertanggal dalam %1: tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Writing invoices (%1 of %2)</source>
        <translation>Menulis faktur (%1 dari %2)</translation>
    </message>
    <message>
        <source>Invoices dated in %1 written into %2: %3 (each named after its number, &apos;/&apos; written as &apos;-&apos;).</source>
        <translation>Faktur bertanggal dalam %1 ditulis ke %2: %3 (masing-masing dinamai sesuai nomornya, &apos;/&apos; ditulis sebagai &apos;-&apos;).</translation>
    </message>
    <message>
        <source>The firm&apos;s tax id (NPWP), on its invoices.</source>
        <translation>NPWP firma, pada fakturnya.</translation>
    </message>
    <message>
        <source>The bank invoices ask to be paid into.</source>
        <translation>Bank tujuan pembayaran yang diminta pada faktur.</translation>
    </message>
    <message>
        <source>The name the firm&apos;s bank account is held in, on invoices.</source>
        <translation>Nama pemilik rekening bank firma, pada faktur.</translation>
    </message>
    <message>
        <source>The firm&apos;s bank account number, on invoices.</source>
        <translation>Nomor rekening bank firma, pada faktur.</translation>
    </message>
    <message>
        <source>Anything else a payer needs (SWIFT code, branch), under the bank details on invoices.</source>
        <translation>Apa pun yang diperlukan pembayar (kode SWIFT, cabang), di bawah rincian bank pada faktur.</translation>
    </message>
    <message>
        <source>How invoices are numbered: {yyyy} or {yy} for the year of the invoice&apos;s date and one run of zeros in braces for its number in that year ({00000}: at least five digits).</source>
        <translation>Cara penomoran faktur: {yyyy} atau {yy} untuk tahun dari tanggal faktur dan satu deret nol di dalam kurung kurawal untuk nomornya dalam tahun itu ({00000}: minimal lima digit).</translation>
    </message>
    <message>
        <source>How credit notes are numbered, in a sequence of their own (the same fields as invoices).</source>
        <translation>Cara penomoran nota kredit, dalam urutan tersendiri (kolom yang sama seperti faktur).</translation>
    </message>
    <message>
        <source>How new contracts&apos; references are proposed (the same fields; the next number is one more than the highest of that year).</source>
        <translation>Cara referensi kontrak baru diusulkan (kolom yang sama; nomor berikutnya adalah satu lebih dari yang tertinggi pada tahun itu).</translation>
    </message>
    <message>
        <source>Days from an invoice&apos;s date to its due date, unless its contract says otherwise (0–365).</source>
        <translation>Jumlah hari dari tanggal faktur sampai jatuh temponya, kecuali kontraknya menyatakan lain (0–365).</translation>
    </message>
    <message>
        <source>The tax rate of invoice lines, in percent (PPN: 11; 0–100, two decimals at most).</source>
        <translation>Tarif pajak baris faktur, dalam persen (PPN: 11; 0–100, paling banyak dua desimal).</translation>
    </message>
    <message>
        <source>What invoices call the tax (PPN, VAT).</source>
        <translation>Sebutan pajak pada faktur (PPN, VAT).</translation>
    </message>
    <message>
        <source>Whether prices and fees include the tax (true) or have it added (false).</source>
        <translation>Apakah harga dan biaya sudah termasuk pajak (true) atau pajak ditambahkan (false).</translation>
    </message>
    <message>
        <source>The contracts were billed in %1 invoices; %2 payments received.</source>
        <translation>Kontrak telah ditagih dalam %1 faktur; %2 pembayaran diterima.</translation>
    </message>
    <message>
        <source>Client health points lost: one or more invoices past their due date (0–100).</source>
        <translation>Poin kesehatan klien yang hilang: satu atau lebih faktur lewat jatuh tempo (0–100).</translation>
    </message>
    <message>
        <source>the iCalendar file to write.</source>
        <translation>berkas iCalendar yang akan ditulis.</translation>
    </message>
    <message>
        <source>only this account manager&apos;s accounts (default: everyone&apos;s).</source>
        <translation>hanya akun milik manajer akun ini (bawaan: semua).</translation>
    </message>
    <message>
        <source>how many days ahead (default: %1); the missed items of the last %2 days are always in.</source>
        <translation>berapa hari ke depan (bawaan: %1); butir yang terlewat dalam %2 hari terakhir selalu disertakan.</translation>
    </message>
    <message>
        <source>Writes the notice deadlines, renewals, contract ends, follow-ups and service requests&apos; due times as an iCalendar file, for a calendar program to import or subscribe to. An item keeps its UID from one file to the next.</source>
        <translation>Menulis batas pemberitahuan, perpanjangan, akhir kontrak, tindak lanjut, dan batas waktu permintaan layanan sebagai berkas iCalendar, untuk diimpor atau dilanggan oleh program kalender. Setiap butir mempertahankan UID-nya dari satu berkas ke berkas berikutnya.</translation>
    </message>
    <message>
        <source>Name the iCalendar file to write with -o FILE.ics.</source>
        <translation>Tentukan berkas iCalendar yang akan ditulis dengan -o FILE.ics.</translation>
    </message>
    <message>
        <source>--days takes a whole number of days from 1 to %1, not &apos;%2&apos;.</source>
        <translation>--days memerlukan bilangan bulat hari dari 1 sampai %1, bukan &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Usage: clientdesk [--database PATH] [COMMAND [OPTIONS]]
ClientDesk keeps a consultancy&apos;s clients and transactional customers.
Without a command, the desktop app starts.

Commands:
  demo     fill an empty database with a sample portfolio
  check    check integrity and ClientDesk&apos;s rules
  backup   write a consistent copy of the database to a file
  copy     copy the database to an empty PostgreSQL database (--to URL)
  accounts list accounts with revenue, tags, health and notice deadline
  pipeline open opportunities by stage, forecast and sales-cycle length
  revenue  revenue by month, quarter or year, clients and customers apart
  time     time logged by account, contract, person or month, billable and invoiced
  bill     the billing run of a month: drafts from retainers, instalments, hours
           and overage (--dry-run to see them, --issue to issue them)
  invoices list invoices and credit notes (--status, --from, --to)
  pay      record a payment of an invoice
  void     void an issued invoice that has no payments
  import   import accounts, contacts, contracts, revenue, rates or time from a CSV
           file
  export   export them to CSV or XLSX, and invoices or payments (export only)
  report   write client or portfolio reports as PDF
  calendar write notice deadlines, renewals, follow-ups and requests due as an
           iCalendar file
  settings list the firm&apos;s settings, change one (set) or relabel a currency
  rates    list the stored exchange rates
  users    list the users, their roles and server logins
  user     add a user or change one (role, server login, email)
  team     team secure: let only the users&apos; logins connect to a server

Every command takes --database PATH (default: $CLIENTDESK_DATABASE, else %1).
Run &apos;clientdesk COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>Penggunaan: clientdesk [--database PATH] [COMMAND [OPTIONS]]
ClientDesk menyimpan klien dan pelanggan transaksional sebuah firma konsultan.
Tanpa perintah, aplikasi desktop dijalankan.

Perintah:
  demo     mengisi basis data kosong dengan portofolio contoh
  check    memeriksa integritas dan aturan ClientDesk
  backup   menulis salinan basis data yang konsisten ke sebuah berkas
  copy     menyalin basis data ke basis data PostgreSQL kosong (--to URL)
  accounts daftar akun dengan pendapatan, tag, kesehatan, dan batas pemberitahuan
  pipeline peluang terbuka per tahap, prakiraan, dan lama siklus penjualan
  revenue  pendapatan per bulan, kuartal, atau tahun, klien dan pelanggan terpisah
  time     waktu tercatat per akun, kontrak, orang, atau bulan, dapat ditagih dan
           sudah difakturkan
  bill     penagihan satu bulan: draf dari retainer, termin, jam, dan kelebihan
           jam (--dry-run untuk melihatnya, --issue untuk menerbitkannya)
  invoices daftar faktur dan nota kredit (--status, --from, --to)
  pay      mencatat pembayaran faktur
  void     membatalkan faktur terbit yang belum ada pembayarannya
  import   mengimpor akun, kontak, kontrak, pendapatan, kurs, atau waktu dari berkas
           CSV
  export   mengekspornya ke CSV atau XLSX, serta faktur atau pembayaran (hanya ekspor)
  report   menulis laporan klien atau portofolio sebagai PDF
  calendar menulis batas pemberitahuan, perpanjangan, tindak lanjut, dan permintaan
           yang jatuh tempo sebagai berkas iCalendar
  settings daftar pengaturan firma, mengubah salah satunya (set), atau melabeli
           ulang mata uang
  rates    daftar kurs yang tersimpan
  users    daftar pengguna, peran, dan nama masuk server mereka
  user     menambah atau mengubah pengguna (peran, nama masuk server, email)
  team     team secure: hanya nama masuk pengguna yang boleh tersambung ke server

Setiap perintah menerima --database PATH (bawaan: $CLIENTDESK_DATABASE, jika tidak ada: %1).
Jalankan &apos;clientdesk COMMAND --help&apos; untuk melihat opsi suatu perintah.
</translation>
    </message>
    <message>
        <source>Wrote %1 (events: %2, missed: %3).</source>
        <translation>%1 ditulis (acara: %2, terlewat: %3).</translation>
    </message>
</context>
<context>
    <name>cd::cli::NewDatabaseFile</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Folder %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation>%1 tidak dapat dibuat: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be completed: its changes could not be written into the file. Nothing was imported.</source>
        <translation>%1 tidak dapat diselesaikan: perubahannya tidak dapat ditulis ke dalam berkas. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2. Nothing was imported.</source>
        <translation>%1 tidak dapat dibuat: %2. Tidak ada yang diimpor.</translation>
    </message>
</context>
</TS>
