/**
 * The text of `mpp-kit-server --help`: every flag with its environment variable
 * and default, Indonesian first, English second.
 */
export const USAGE = `Pemakaian / usage: mpp-kit-server [opsi / options]
                    mpp-kit-server backup FILE [--db FILE]

Server referensi API mpp-kit v1 (antrean dan booking Mal Pelayanan Publik).
The mpp-kit v1 reference API server (queue and bookings of a Mal Pelayanan Publik).

  -p, --port N           port TCP; 0 = port bebas / TCP port; 0 = any free port
                         env PORT, default 8787
      --host ADDR        alamat yang didengar / address to listen on
                         default 127.0.0.1 (0.0.0.0 = semua antarmuka / all interfaces)
      --db FILE|URL      berkas SQLite, :memory:, atau URL PostgreSQL / SQLite file, :memory:, or PostgreSQL URL
                         postgres://pengguna:sandi@host:5432/nama (postgresql:// juga / too)
                         env MPP_DB atau / or DATABASE_URL, default ./data/mpp.db
                         (folder berkas SQLite dibuat / an SQLite file's folder is created)
      --seed FILE        data awal JSON untuk basis data kosong / seed JSON for an empty database
                         default: seed Kota Kediri bawaan / the bundled Kota Kediri seed
      --staff-token T    token Bearer petugas loket, dipisah koma / staff Bearer tokens, comma-separated
                         env MPP_STAFF_TOKEN; bila kosong dibuat dan dicetak / when unset, generated and printed
      --static DIR       sajikan folder di / / serve a folder at / (the API stays under /v1)
      --clock ISO        jam server mulai dari waktu ini lalu berjalan / server clock starts there and runs on
                         mis. / e.g. 2026-03-02T08:00:00+07:00, atau / or next-opening
                         (jam buka berikutnya bila MPP sedang tutup / the next opening when the MPP is closed)
                         env MPP_CLOCK
      --rate-limit N     penulisan anonim per menit per alamat; 0 = tanpa batas
                         anonymous writes per minute per address; 0 = no limit
                         env MPP_RATE_LIMIT, default 30
      --trust-proxy P    di belakang proxy (nginx, load balancer): jumlah proxy, atau alamat/subnetnya
                         dipisah koma; alamat klien dibaca dari X-Forwarded-For yang ditulis proxy itu
                         behind a reverse proxy: how many, or their addresses/subnets, comma-separated;
                         the client's address is read from the X-Forwarded-For they write
                         mis. / e.g. 1, loopback, 10.0.0.0/8; env MPP_TRUST_PROXY, default: tidak ada / none
      --cors ORIGINS     origin yang diizinkan, dipisah koma, atau * / allowed origins, comma-separated, or *
                         env MPP_CORS_ORIGINS, default *
      --retention-days N hapus data pribadi pemesan N hari setelah jadwalnya (UU PDP)
                         erase applicants' personal data N days after their slot
                         env MPP_RETENTION_DAYS, default 30
  -h, --help             tampilkan bantuan ini / show this help
  -v, --version          tampilkan versi / show the version

Kunci rahasia / secret: env MPP_SECRET (min. 16 karakter / characters), selain itu dibaca dari
atau dibuat di <folder db>/secret.key / else read from or generated into <db folder>/secret.key.
Dengan PostgreSQL, MPP_SECRET wajib dan sama untuk semua instans server /
with PostgreSQL, MPP_SECRET is required, the same for every server instance.
Simpan bersama basis data: tanpa kunci itu NIK tersimpan tidak bisa dicocokkan.
Keep it with the database: without it, stored NIKs cannot be matched.

Cadangan / backup: mpp-kit-server backup FILE salin basis data SQLite --db ke berkas baru FILE,
juga selagi server berjalan / copies the --db SQLite database into the new file FILE, also while
the server runs (PostgreSQL: pakai / use pg_dump). Kunci rahasia tidak ikut tersalin: cadangkan juga / the secret key is not in the copy: back it up too.

Contoh / examples:
  mpp-kit-server --db ./data/mpp.db --static ./public --cors https://kedirikota.go.id
  MPP_SECRET=… mpp-kit-server --db postgres://mpp@db.internal:5432/mpp --host 0.0.0.0 --trust-proxy 1
  mpp-kit-server backup ./cadangan/mpp-2026-03-02.db --db ./data/mpp.db
`;
