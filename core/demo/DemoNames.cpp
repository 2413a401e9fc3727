#include "DemoNames.h"

#include "DemoRandom.h"

namespace Simutasi {

namespace {

struct GroupSpec
{
    const char *male;
    const char *female;
    const char *maleSecond;
    const char *femaleSecond; // nullptr: the same list as maleSecond (family names)
    int weight;
    int secondPermille;
    bool modern;
    const char *birthPlaces; // home region outside Wanggar
};

constexpr const char *Marga =
    "Siregar|Simanjuntak|Nasution|Harahap|Lubis|Sitompul|Panjaitan|Hutapea|Pardede|Sinaga|"
    "Simatupang|Situmorang|Hutagalung|Tampubolon|Manurung|Silalahi|Sihombing|Pasaribu|Gultom|"
    "Napitupulu|Sitorus|Purba|Saragih|Damanik|Ginting|Tarigan|Sembiring|Nainggolan";
constexpr const char *EasternFamilies =
    "Wowor|Lumentut|Tumbelaka|Mandagi|Rumengan|Sondakh|Pangemanan|Kalangi|Pattinama|Pattiasina|"
    "Tuhumury|Sahertian|Manuputty|Wattimena|Lewerissa|Rondonuwu|Supit|Tamboto";

constexpr GroupSpec Groups[] = {
    {// Javanese
     "Agus|Bambang|Budi|Joko|Slamet|Sugeng|Wahyu|Eko|Dwi|Tri|Heru|Hadi|Sutrisno|Sugiarto|Suparman|"
     "Suryadi|Purnomo|Widodo|Haryanto|Gunawan|Supriyadi|Rahmat|Yudi|Teguh|Arif|Bayu|Galih|Wisnu|"
     "Sigit|Hendro|Sumarno|Darmanto|Nur Hadi|Catur|Imam",
     "Sri|Dewi|Endang|Sumarni|Suryani|Wahyuni|Puji|Yuliana|Retno|Tri|Eka|Dwi|Wulan|Ayu|Kartika|"
     "Indah|Siti|Rina|Dian|Fitri|Ratna|Yuni|Novi|Erna|Sulastri|Tutik|Sumiyati|Lilik|Rini|Endah",
     "Santoso|Prasetyo|Nugroho|Setiawan|Kurniawan|Wibowo|Susanto|Hartono|Wijaya|Pratama|Saputra|"
     "Hidayat|Utomo|Raharjo|Purnomo|Sulistyo|Firmansyah|Hermawan|Cahyono|Wicaksono|Suharto",
     "Lestari|Rahayu|Wahyuni|Handayani|Purwanti|Susanti|Setyowati|Wulandari|Kusumawati|"
     "Rahmawati|Puspitasari|Anggraeni|Pratiwi|Maharani|Utami|Safitri|Astuti|Widyastuti",
     30, 700, true, "Semarang|Yogyakarta|Surakarta|Surabaya|Malang|Kediri|Magelang|Purwokerto"},
    {// Sundanese
     "Asep|Dadang|Cecep|Ujang|Dede|Iwan|Yayan|Deden|Ade|Engkos|Hendra|Rudi|Dedi|Yusuf|Ridwan|"
     "Rizal|Aep|Jajang|Endang|Usep",
     "Euis|Iis|Neneng|Tati|Yati|Ai|Enung|Cucu|Lilis|Nining|Rina|Nia|Elis|Dewi|Sinta|Yanti|Imas|"
     "Eneng|Tuti|Nenden",
     "Hidayat|Sopandi|Suhendar|Permana|Gunawan|Kusnadi|Ruhiyat|Saepudin|Sudrajat|Mulyana|Nugraha|"
     "Somantri|Supriatna|Hermawan|Sutisna",
     "Rosmiati|Sumiati|Kurniasih|Nurhayati|Komalasari|Herawati|Mulyani|Rohayati|Suryati|Fitriani|"
     "Rosita|Nurjanah",
     8, 750, true, "Bandung|Garut|Tasikmalaya|Bogor|Sukabumi|Cianjur|Sumedang|Cirebon"},
    {// Batak
     "Togar|Hotman|Parlindungan|Martua|Binsar|Bonar|Tigor|Poltak|Sahat|Robert|Johannes|Daniel|"
     "Ricky|Andreas|Mangara|Hasudungan|Jhonson|Samuel|Fernando|Erwin|Hotma|Benget|Marulam|Rudolf",
     "Rosmawati|Tiurma|Rumondang|Marlina|Lamtiur|Debora|Roslina|Ruth|Yohana|Maria|Erlina|Sondang|"
     "Martha|Helen|Christina|Friska|Lasma|Rotua|Nurmala|Hotnida",
     Marga, nullptr, 10, 1000, false,
     "Medan|Pematangsiantar|Tarutung|Balige|Sibolga|Padangsidimpuan|Kabanjahe"},
    {// Minangkabau
     "Rahmat|Syafrizal|Zulkifli|Afrizal|Yusrizal|Irwan|Hendri|Febrian|Ikhsan|Fauzan|Aidil|"
     "Firdaus|Asril|Nofrizal|Erizal|Syahrul|Andika|Yulfizar|Zulhendri|Masrul",
     "Yusnidar|Rosmaini|Desi|Yulia|Fitria|Nurhasanah|Mardiah|Syafitri|Rahmi|Elvi|Rika|Zulfa|"
     "Nelmawati|Yenni|Afni|Silvia|Yusnita|Roswita|Mailani|Efrida",
     "Putra|Syahputra|Hidayat|Saputra|Chaniago|Tanjung|Koto|Piliang|Sikumbang|Jambak|Malik|"
     "Rasyid|Hakim|Datuak",
     "Yanti|Wati|Sari|Fitri|Oktavia|Zahara|Hasanah|Rahmadani|Putri|Novita|Susanti", 10, 650, true,
     "Padang|Bukittinggi|Payakumbuh|Solok|Pariaman|Batusangkar|Padang Panjang"},
    {// Bugis and Makassar
     "Andi|Muhammad|Abdul|Baharuddin|Syamsul|Asriadi|Ilham|Irfan|Haerul|Amiruddin|Jufri|Nasrullah|"
     "Sudirman|Rusdi|Arifin|Hasanuddin|Akbar|Syahrir|Mustari|Darwis",
     "Andi|Nurhayati|Hasnah|Rahmawati|Suriani|Hasmiah|Asmawati|Nurul|Sitti|Ramlah|Fatmawati|"
     "Hikmah|Nurjannah|Haslinda|Mardiana|Hasriani|Marwah|Suharni",
     "Rahman|Latif|Hamid|Amir|Said|Mappa|Sanusi|Arsyad|Makmur|Salam|Yunus|Tahir|Mattalitti",
     "Rahman|Amir|Hamzah|Sari|Yusuf|Hasan|Ismail|Arifin|Basri", 8, 750, true,
     "Makassar|Bone|Parepare|Sengkang|Bulukumba|Palopo|Sidrap"},
    {// Banjar and Malay, the largest group in Wanggar itself
     "Ahmad|Muhammad|Abdul|Syahrani|Fahrurrazi|Ramli|Rusli|Hairul|Zainal|Hamdani|Saprudin|"
     "Jailani|Anang|Gusti|Rudiansyah|Fikri|Reza|Riduan|Mahyudin|Syarifuddin|Taufik|Helmi",
     "Siti|Nur|Rusmini|Mahrita|Norhayati|Aminah|Fatimah|Salmah|Hafsah|Nurlaila|Rabiatul|Halimah|"
     "Aulia|Nadia|Zahra|Khairunnisa|Mariani|Rusmilawati|Sayidah|Noorhasanah",
     "Rahman|Hakim|Ansari|Fadillah|Noor|Rasyid|Syarif|Kamal|Hidayatullah|Ramadhan|Effendi|"
     "Mahmud|Irawan",
     "Aini|Hasanah|Rahmah|Aulia|Jannah|Fitriah|Saidah|Mardhiyah|Wati|Hayati|Sari", 24, 600, true,
     "Banjarmasin|Pontianak|Pekanbaru|Jambi|Palembang|Tanjungpinang|Samarinda"},
    {// Balinese: birth-order name first
     "I Made|I Wayan|I Nyoman|I Ketut|I Gede|I Putu|I Komang|I Kadek",
     "Ni Made|Ni Wayan|Ni Nyoman|Ni Ketut|Ni Luh|Ni Putu|Ni Komang|Ni Kadek",
     "Sudarsana|Suartana|Wirawan|Adnyana|Sukadana|Arsana|Budiasa|Darmawan|Mahendra|Suardana|"
     "Artawan|Suparta|Sudiarta|Widiana",
     "Sri Wahyuni|Ayu Lestari|Sudarmi|Suryani|Ariani|Puspitasari|Wulandari|Yuliani|Rusmini|"
     "Sukmawati|Ayu Pratiwi|Eka Yanti",
     4, 1000, false, "Denpasar|Singaraja|Tabanan|Gianyar|Mataram"},
    {// Manado and Ambon
     "Johny|Frans|Stevy|Jefry|Ronald|Max|Alfons|Marthen|Yosef|Hendrik|Ferdinand|Jemmy|Rolly|"
     "Benny|Victor|Kevin|Jonathan|Gerald|Richard|Yohanis",
     "Meity|Jeane|Lenny|Olvie|Vivi|Fenny|Marlyn|Grace|Sherly|Yolanda|Deisy|Nova|Anneke|Christy|"
     "Priscilla|Natalia|Stella|Merry",
     EasternFamilies, nullptr, 6, 1000, false, "Manado|Tomohon|Bitung|Ambon|Tondano|Masohi"},
};

constexpr const char *ModernMale = "Muhammad Rizky|Dimas|Fajar|Reza|Aditya|Yoga|Bagas|Raka|Ilham|"
                                   "Fikri|Aldi|Hafiz|Farhan|Naufal|Arya|Dafa|Rafi|Ardiansyah|"
                                   "Rizki|Alfian";
constexpr const char *ModernFemale = "Putri|Nabila|Salsabila|Aulia|Annisa|Nadia|Tiara|Dinda|Sarah|"
                                     "Amalia|Intan|Zahra|Anisa|Nur Azizah|Citra|Vina|Shinta|"
                                     "Anggun|Dwi|Nurul";
constexpr const char *LocalPlaces = "Wanggar|Wanggar|Wanggar|Sungai Rawi|Sungai Rawi|Lembah Sari|"
                                    "Bukit Lestari|Tanjung Seruni|Teluk Mandau|Muara Jernih|"
                                    "Padang Kemuning|Wanggar Hulu|Gunung Parang|Rimba Raya|Selawi|"
                                    "Tanjung Batu|Sungai Limau|Muara Teweh|Air Bening|Kuala Gading";

struct TitleSpec
{
    const char *keyword; // first rule whose keyword occurs in the field applies; "" matches all
    const char *front;
    const char *s1;
    const char *s2; // "*" = a medical specialist title instead of a master's degree
    const char *d3;
    const char *oldFront;
};

constexpr TitleSpec TitleSpecs[] = {
    {"Kedokteran Gigi", "drg.", "", "Sp.KG", "", ""},
    {"Kedokteran Hewan", "drh.", "", "M.Si.", "", ""},
    {"Kedokteran", "dr.", "", "*", "", ""},
    {"Keperawatan", "", "S.Kep., Ns.", "M.Kep.", "A.Md.Kep.", ""},
    {"Kebidanan", "", "S.Tr.Keb.", "M.Keb.", "A.Md.Keb.", ""},
    {"Farmasi", "", "S.Farm., Apt.", "M.Farm.", "A.Md.Farm.", ""},
    {"Laboratorium Medis", "", "S.Tr.Kes.", "M.Biomed.", "A.Md.AK.", ""},
    {"Gizi", "", "S.Gz.", "M.Gizi", "A.Md.Gz.", ""},
    {"Kesehatan Lingkungan", "", "S.K.M.", "M.Kes.", "A.Md.KL.", ""},
    {"Kesehatan Masyarakat", "", "S.K.M.", "M.Kes.", "A.Md.Kes.", ""},
    {"Radiologi", "", "S.Tr.Rad.", "M.Kes.", "A.Md.Rad.", ""},
    {"Fisioterapi", "", "S.Ftr.", "M.Fis.", "A.Md.Ftr.", ""},
    {"Rekam Medis", "", "S.Tr.RMIK", "M.Kes.", "A.Md.RMIK", ""},
    {"Kesehatan Hewan", "", "S.Pt.", "M.Si.", "A.Md.Pt.", ""},
    {"Psikologi", "", "S.Psi.", "M.Psi., Psikolog", "", "Drs."},
    {"Pendidikan", "", "S.Pd.", "M.Pd.", "A.Md.Pd.", "Drs."},
    {"Bimbingan", "", "S.Pd.", "M.Pd.", "", "Drs."},
    {"Informa", "", "S.Kom.", "M.Kom.", "A.Md.Kom.", ""},
    {"Komputer", "", "S.Kom.", "M.Kom.", "A.Md.Kom.", ""},
    {"Perencanaan Wilayah", "", "S.T.", "M.T.", "", "Ir."},
    {"Arsitektur", "", "S.Ars.", "M.Ars.", "", "Ir."},
    {"Teknik", "", "S.T.", "M.T.", "A.Md.T.", "Ir."},
    {"Akuntansi", "", "S.Ak.", "M.Ak.", "A.Md.Ak.", "Drs."},
    {"Perpajakan", "", "S.E.", "M.M.", "A.Md.Pjk.", "Drs."},
    {"Ekonomi", "", "S.E.", "M.E.", "A.Md.", "Drs."},
    {"Manajemen", "", "S.E.", "M.M.", "A.Md.", "Drs."},
    {"Hukum", "", "S.H.", "M.H.", "", ""},
    {"Ilmu Pemerintahan", "", "S.IP.", "M.Si.", "", "Drs."},
    {"Ilmu Politik", "", "S.IP.", "M.Si.", "", "Drs."},
    {"Administrasi", "", "S.Sos.", "M.AP.", "A.Md.", "Drs."},
    {"Sekretari", "", "", "", "A.Md.", ""},
    {"Kearsipan", "", "S.Tr.Ars.", "M.Hum.", "A.Md.Ars.", ""},
    {"Perpustakaan", "", "S.Hum.", "M.Hum.", "A.Md.", ""},
    {"Sosiologi", "", "S.Sos.", "M.Si.", "", "Drs."},
    {"Kesejahteraan Sosial", "", "S.Sos.", "M.Si.", "", "Drs."},
    {"Komunikasi", "", "S.I.Kom.", "M.I.Kom.", "", "Drs."},
    {"Agribisnis", "", "S.P.", "M.P.", "A.Md.P.", "Ir."},
    {"Agro", "", "S.P.", "M.P.", "A.Md.P.", "Ir."},
    {"Pertanian", "", "S.P.", "M.P.", "A.Md.P.", "Ir."},
    {"Hama", "", "S.P.", "M.P.", "", "Ir."},
    {"Teknologi Pangan", "", "S.TP.", "M.Si.", "A.Md.", "Ir."},
    {"Peternakan", "", "S.Pt.", "M.Pt.", "A.Md.Pt.", "Ir."},
    {"Perikanan", "", "S.Pi.", "M.Si.", "A.Md.Pi.", "Ir."},
    {"Kelautan", "", "S.Kel.", "M.Si.", "", "Ir."},
    {"Kehutanan", "", "S.Hut.", "M.Si.", "A.Md.Hut.", "Ir."},
    {"Pariwisata", "", "S.Par.", "M.Par.", "A.Md.Par.", ""},
    {"olahraga", "", "S.Or.", "M.Or.", "", ""},
    {"Statistika", "", "S.Stat.", "M.Stat.", "", "Drs."},
    {"Antropologi", "", "S.Ant.", "M.A.", "", "Drs."},
    {"Sejarah", "", "S.Hum.", "M.Hum.", "", "Drs."},
    {"Arkeologi", "", "S.Hum.", "M.Hum.", "", "Drs."},
    {"", "", "S.Si.", "M.Si.", "A.Md.", "Drs."},
};

constexpr const char *Specialists = "Sp.PD|Sp.A|Sp.OG|Sp.B|Sp.An|Sp.Rad|Sp.JP|Sp.M|Sp.THT-KL|Sp.N|"
                                    "Sp.KJ|Sp.P|Sp.KK|Sp.PK";

QStringList list(const char *text)
{
    return text ? QString::fromLatin1(text).split(u'|') : QStringList();
}

QString joined(const QString &a, const QString &b)
{
    return a.isEmpty() ? b : b.isEmpty() ? a : a + QStringLiteral(", ") + b;
}

QString spaced(const QString &a, const QString &b)
{
    return a.isEmpty() ? b : b.isEmpty() ? a : a + u' ' + b;
}

// Graduates before the 1993 title reform carry Drs./Dra./Ir. instead of a Sarjana title.
constexpr int LastOldTitleBirthYear = 1969;
// The modern names below are given mostly to those born from the late 1980s.
constexpr int FirstModernBirthYear = 1988;

} // namespace

DemoNames::DemoNames()
{
    for (const GroupSpec &spec : Groups) {
        Group group;
        group.weight = spec.weight;
        group.given[0] = list(spec.male);
        group.given[1] = list(spec.female);
        group.second[0] = list(spec.maleSecond);
        group.second[1] = spec.femaleSecond ? list(spec.femaleSecond) : group.second[0];
        group.secondPermille = spec.secondPermille;
        group.modern = spec.modern;
        group.birthPlaces = list(spec.birthPlaces);
        m_groups.append(group);
        m_groupWeights.append(spec.weight);
    }
    m_modern[0] = list(ModernMale);
    m_modern[1] = list(ModernFemale);
    m_localPlaces = list(LocalPlaces);
    for (const TitleSpec &spec : TitleSpecs) {
        m_titleRules.append({QString::fromLatin1(spec.keyword), QString::fromLatin1(spec.front),
                             QString::fromLatin1(spec.s1), QString::fromLatin1(spec.s2),
                             QString::fromLatin1(spec.d3), QString::fromLatin1(spec.oldFront)});
    }
    m_specialists = list(Specialists);
}

QString DemoNames::name(DemoRandom &random, Gender gender, int birthYear, int *group) const
{
    *group = random.weighted(m_groupWeights);
    const Group &g = m_groups.at(*group);
    const int sex = gender == Gender::Female ? 1 : 0;
    const bool modern = g.modern && birthYear >= FirstModernBirthYear && random.chance(450);
    const QString &given = modern ? random.pick(m_modern[sex]) : random.pick(g.given[sex]);
    if (!random.chance(g.secondPermille))
        return given;
    return given + u' ' + random.pick(g.second[sex]);
}

QString DemoNames::birthPlace(DemoRandom &random, int group) const
{
    // Most were born in the province; the others in the home region of their family.
    if (random.chance(600))
        return random.pick(m_localPlaces);
    return random.pick(m_groups.at(group).birthPlaces);
}

const DemoNames::TitleRule &DemoNames::titleRule(const QString &field) const
{
    for (const TitleRule &rule : m_titleRules) {
        if (field.contains(rule.keyword))
            return rule;
    }
    return m_titleRules.constLast();
}

DemoNames::Titles DemoNames::titles(DemoRandom &random, EducationLevel level, const QString &field,
                                    Gender gender, int birthYear) const
{
    if (level < EducationLevel::D3)
        return {};
    const TitleRule &rule = titleRule(field);
    if (level < EducationLevel::S1)
        return {{}, rule.d3};

    Titles titles;
    titles.front = rule.front;
    titles.back = rule.s1;
    if (!rule.oldFront.isEmpty() && birthYear <= LastOldTitleBirthYear && random.chance(700)) {
        const bool dra = rule.oldFront == u"Drs." && gender == Gender::Female;
        titles.front = dra ? QStringLiteral("Dra.") : rule.oldFront;
        titles.back.clear();
    }
    if (level >= EducationLevel::S2) {
        const bool specialist = rule.s2 == u"*";
        const QString master = specialist ? random.pick(m_specialists) : rule.s2;
        titles.back = specialist ? master : joined(titles.back, master);
    }
    if (level == EducationLevel::S3)
        titles.front = spaced(QStringLiteral("Dr."), titles.front);
    return titles;
}

} // namespace Simutasi
