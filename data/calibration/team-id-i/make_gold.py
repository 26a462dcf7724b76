import sys
sys.path.insert(0, "/work/helpers/probes-id13")
from gold import entity as E, write

A = "auto"
IDN = E("indonesia", "Indonesia", "Country", ["RI"], A)
PRABOWO = E("prabowo", "Prabowo Subianto", "Person", ["Prabowo"], A)

write("id16b-01-prabowo-albanese-telepon.json", "Prabowo's phone call with Australian PM Albanese; the cabinet secretary's account.",
      [E("antara", "ANTARA", "Organization"), E("jakarta", "Jakarta", "Place", [], A), PRABOWO,
       E("australia", "Australia", "Country", [], A), E("albanese", "Anthony Albanese", "Person", ["Albanese"], A),
       E("darwin", "Darwin", "Place", [], A), IDN, E("asean", "ASEAN", "Organization", [], A),
       E("teddy", "Teddy Indra Wijaya", "Person", ["Teddy"]), E("bali", "Bali", "Place", [], A)],
      ["Jumat malam", "Presiden", "Sekretaris Kabinet"],
      [("leaderOf", "prabowo", "indonesia"), ("leaderOf", "albanese", "australia"), ("meet", "prabowo", "albanese"),
       ("statement", "albanese", None), ("officialOf", "teddy", "indonesia"), ("statement", "teddy", None)])

write("id16b-02-erdogan-kuala-lumpur.json", "Erdogan's official visit to Malaysia: welcomed by Anwar, talks in Putrajaya; Jakarta next.",
      [E("kl", "KUALA LUMPUR", "Place", ["Kuala Lumpur"], A), E("kompas", "KOMPAS.com", "Organization"),
       E("turki", "Turki", "Country", ["Turkey", "Türkiye"], A),
       E("erdogan", "Recep Tayyip Erdoğan", "Person", ["Erdoğan", "Erdogan"], A),
       E("malaysia", "Malaysia", "Country", [], A), E("klia", "Bandara Internasional Kuala Lumpur", "Place"),
       E("anwar", "Anwar Ibrahim", "Person", ["Anwar"], A), E("seri", "Seri Perdana", "Place"),
       E("putrajaya", "Putrajaya", "Place", [], A), E("gaza", "Gaza", "Place", [], A),
       E("jakarta", "Jakarta", "Place", [], A), PRABOWO],
      ["Senin (10/2/2025)", "Keesokan harinya", "dunia Islam"],
      [("leaderOf", "erdogan", "turki"), ("visit", "erdogan", ["kl", "malaysia", "klia"]), ("meet", "erdogan", "anwar"),
       ("leaderOf", "anwar", "malaysia"), ("statement", "anwar", None), ("visit", "erdogan", "jakarta"),
       ("meet", "erdogan", "prabowo")])

US = ["treasury", "us", "ofac"]
write("id16b-03-sanksi-houthi.json", "US Treasury sanctions an arms-procurement network helping the Houthis; UK follows; Houthi spokesman condemns.",
      [E("washington", "WASHINGTON", "Place", ["Washington"], A), E("cnn", "CNN Indonesia", "Organization"),
       E("treasury", "Departemen Keuangan Amerika Serikat", "Organization", ["US Treasury"]),
       E("us", "Amerika Serikat", "Country", ["AS", "United States"], A),
       E("houthi", "Houthi", "Organization", ["Houthis"]), E("yaman", "Yaman", "Country", ["Yemen"], A),
       E("ofac", "Kantor Pengawasan Aset Asing", "Organization", ["OFAC", "Office of Foreign Assets Control"]),
       E("hashedi", "Ahmed Al-Hashedi", "Person", ["Al-Hashedi"]), E("oman", "Oman", "Country", [], A),
       E("sanaa", "Sanaa Star Trading", "Organization"), E("gulf", "Gulf Horizon Shipping", "Organization"),
       E("uk", "Inggris", "Country", ["United Kingdom"], A), E("abdulsalam", "Mohammed Abdulsalam", "Person")],
      ["Kamis (5/6)", "Pemerintah Inggris", "Amerika"],
      [("sanction", US, "hashedi"), ("sanction", US, "sanaa"), ("sanction", US, "gulf"), ("sanction", "uk", "hashedi"),
       ("statement", ["ofac", "treasury", "us"], None), ("officialOf", "abdulsalam", "houthi"),
       ("statement", "abdulsalam", None), ("accuse", "abdulsalam", ["us", "treasury"])])

write("id16b-04-kongo-rwanda.json", "DR Congo accuses Rwanda of arming M23; Tshisekedi accuses Rwandan troops; Kigali denies; AU urges talks.",
      [E("drc", "Republik Demokratik Kongo", "Country", ["Kongo", "Democratic Republic of the Congo"], A),
       E("rwanda", "Rwanda", "Country", [], A), E("m23", "M23", "Organization"), E("goma", "Goma", "Place", [], A),
       E("tshisekedi", "Félix Tshisekedi", "Person", [], A), E("kivu", "Kivu Utara", "Place", ["North Kivu"]),
       E("kigali", "Kigali", "Place", [], A), E("makolo", "Yolande Makolo", "Person"), E("fdlr", "FDLR", "Organization"),
       E("au", "Uni Afrika", "Organization", ["African Union"], A), E("luanda", "Luanda", "Place", [], A),
       E("angola", "Angola", "Country", [], A)],
      ["Pemerintah Republik Demokratik Kongo"],
      [("accuse", "drc", "rwanda"), ("statement", "drc", None), ("leaderOf", "tshisekedi", "drc"),
       ("accuse", "tshisekedi", "rwanda"), ("statement", "tshisekedi", None), ("deny", ["kigali", "rwanda"], None),
       ("officialOf", "makolo", "rwanda"), ("statement", "makolo", None)])

write("id16b-05-pbb-el-fasher.json", "UN rights chief and UNICEF on killings in El Fasher by the RSF; OIC condemns; RSF denies and accuses the army.",
      [E("jenewa", "JENEWA", "Place", ["Jenewa", "Geneva"], A), E("voa", "VOA Indonesia", "Organization"),
       E("un", "PBB", "Organization", ["Perserikatan Bangsa-Bangsa", "United Nations"], A),
       E("turk", "Volker Türk", "Person", ["Türk"]), E("fasher", "El Fasher", "Place"),
       E("sudan", "Sudan", "Country", [], A), E("rsf", "Pasukan Dukungan Cepat", "Organization", ["RSF", "Rapid Support Forces"]),
       E("unicef", "UNICEF", "Organization", [], A), E("russell", "Catherine Russell", "Person"),
       E("oic", "Organisasi Kerja Sama Islam", "Organization", ["OKI", "Organisation of Islamic Cooperation"])],
      ["Kepala Hak Asasi Manusia PBB", "Hak Asasi Manusia"],
      [("officialOf", "turk", "un"), ("accuse", "turk", "rsf"), ("statement", "turk", None),
       ("leaderOf", "russell", "unicef"), ("statement", "russell", None), ("accuse", "oic", "rsf"),
       ("statement", "oic", None), ("deny", "rsf", None), ("accuse", "rsf", "sudan"), ("statement", "rsf", None)])

write("id16b-06-menhan-tokyo.json", "Indonesian defence minister Sjafrie's working visit to Tokyo: Nakatani and Ishiba.",
      [E("sjafrie", "Sjafrie Sjamsoeddin", "Person", ["Sjafrie"], A), E("tokyo", "Tokyo", "Place", [], A),
       E("jepang", "Jepang", "Country", ["Japan"], A),
       E("mod_jp", "Kementerian Pertahanan Jepang", "Organization", ["Japanese Ministry of Defense"]),
       E("indonesia", "RI", "Country", ["Indonesia"], A), E("nakatani", "Gen Nakatani", "Person"),
       E("ishiba", "Shigeru Ishiba", "Person", [], A), E("frega", "Frega Wenas", "Person"),
       E("biro", "Biro Humas Setjen Kemhan", "Organization"), E("kemhan", "Kemhan", "Organization")],
      ["Menhan RI", "Menhan", "kantor perdana menteri", "14-16 Oktober", "Setjen Kemhan"],
      [("officialOf", "sjafrie", "indonesia"), ("visit", "sjafrie", ["tokyo", "jepang", "mod_jp"]),
       ("meet", "sjafrie", "nakatani"), ("officialOf", "nakatani", ["jepang", "mod_jp"]),
       ("agreement", "sjafrie", "nakatani"), ("meet", "sjafrie", "ishiba"), ("leaderOf", "ishiba", "jepang"),
       ("officialOf", "frega", ["kemhan", "biro", "indonesia"]), ("statement", "frega", None)])
