/// Names of one language, so generated people get plausible first/last name pairs, with
/// accents, non-Latin scripts and the culture the real server would store.
struct DemoCulture: Sendable {
    var cultureName: String
    var firstNames: [DemoName]
    var lastNames: [DemoName]
    /// How often this culture is picked, relative to the others.
    var weight: Int

    static let all: [DemoCulture] = [
        DemoCulture(
            cultureName: "en-US",
            firstNames: names(
                "Olivia olivia|Liam liam|Emma emma|Noah noah|Ava ava|James james|Sophia sophia|Benjamin benjamin|Isabella isabella|Lucas lucas|Mia mia|Henry henry|Charlotte charlotte|Jack jack|Amelia amelia|Ethan ethan|Harper harper|Daniel daniel|Evelyn evelyn|Matthew matthew"
            ),
            lastNames: names(
                "Smith smith|Johnson johnson|Williams williams|Brown brown|Jones jones|Miller miller|Davis davis|Wilson wilson|Anderson anderson|Taylor taylor|Thomas thomas|Moore moore|Martin martin|Jackson jackson|White white|Harris harris|Clark clark|Lewis lewis|O'Brien obrien|O'Connor oconnor|McAllister mcallister|Smith-Jones smith-jones"
            ), weight: 30),
        DemoCulture(
            cultureName: "de-DE",
            firstNames: names(
                "Jürgen jurgen|Lena lena|Maximilian maximilian|Sophie sophie|Lukas lukas|Hannah hannah|Felix felix|Jörg jorg|Anneliese anneliese|Günther gunther|Käthe kathe|Leon leon"
            ),
            lastNames: names(
                "Müller muller|Schmidt schmidt|Schneider schneider|Fischer fischer|Weber weber|Meyer meyer|Wagner wagner|Becker becker|Schäfer schafer|Krüger kruger|Groß gross|von Hohenzollern vonhohenzollern"
            ), weight: 10),
        DemoCulture(
            cultureName: "fr-FR",
            firstNames: names(
                "François francois|Chloé chloe|Anaïs anais|Léa lea|Hélène helene|Jérôme jerome|Élodie elodie|Gaëlle gaelle|Thibault thibault|Noël noel|Inès ines|Côme come"
            ),
            lastNames: names(
                "Martin martin|Bernard bernard|Dubois dubois|Lefèvre lefevre|Girard girard|Bonnet bonnet|Mercier mercier|Faure faure|Rousseau rousseau|Lambert lambert|D'Artagnan dartagnan|Béranger beranger"
            ), weight: 8),
        DemoCulture(
            cultureName: "es-ES",
            firstNames: names(
                "José jose|María maria|Lucía lucia|Martín martin|Sofía sofia|Álvaro alvaro|Jesús jesus|Nuño nuno|Begoña begona|Iñigo inigo|Ramón ramon|Pilar pilar"
            ),
            lastNames: names(
                "García garcia|Fernández fernandez|González gonzalez|Rodríguez rodriguez|López lopez|Martínez martinez|Sánchez sanchez|Pérez perez|Muñoz munoz|Gómez gomez|Ibáñez ibanez|Peña pena"
            ), weight: 8),
        DemoCulture(
            cultureName: "pt-BR",
            firstNames: names(
                "João joao|Ana ana|Gonçalo goncalo|Conceição conceicao|Tomás tomas|Beatriz beatriz|Luís luis|Inês ines"),
            lastNames: names(
                "Silva silva|Santos santos|Oliveira oliveira|Araújo araujo|Gonçalves goncalves|Magalhães magalhaes|Simões simoes|Brandão brandao"
            ), weight: 5),
        DemoCulture(
            cultureName: "pl-PL",
            firstNames: names(
                "Łukasz lukasz|Małgorzata malgorzata|Wojciech wojciech|Zofia zofia|Paweł pawel|Agnieszka agnieszka|Krzysztof krzysztof|Józef jozef|Żaneta zaneta|Ścibor scibor"
            ),
            lastNames: names(
                "Nowak nowak|Kowalski kowalski|Wiśniewski wisniewski|Wójcik wojcik|Kamiński kaminski|Lewandowski lewandowski|Zieliński zielinski|Szymańska szymanska|Dąbrowski dabrowski|Źdźbło zdzblo"
            ), weight: 5),
        DemoCulture(
            cultureName: "da-DK",
            firstNames: names(
                "Søren soren|Zoë zoe|Ærle aerle|Bjørn bjorn|Åse ase|Freja freja|Ólafur olafur|Ingrid ingrid|Sigríður sigridur|Mikkel mikkel"
            ),
            lastNames: names(
                "Ærøskøbing aeroskobing|Jørgensen jorgensen|Nielsen nielsen|Hansen hansen|Ødegård odegard|Åberg aberg|Lindqvist lindqvist|Þórsson thorsson|Sørensen sorensen|Kristiansen kristiansen"
            ), weight: 4),
        DemoCulture(
            cultureName: "ru-RU",
            firstNames: names(
                "Иван ivan|Анна anna|Дмитрий dmitry|Мария maria|Сергей sergey|Ольга olga|Алексей alexey|Наталья natalya|Юрий yuri|Екатерина ekaterina"
            ),
            lastNames: names(
                "Петров petrov|Иванова ivanova|Смирнов smirnov|Кузнецова kuznetsova|Попов popov|Соколова sokolova|Лебедев lebedev|Новикова novikova|Фёдоров fedorov|Морозова morozova"
            ), weight: 6),
        DemoCulture(
            cultureName: "zh-CN",
            firstNames: names("小龙 xiaolong|伟 wei|芳 fang|娜 na|秀英 xiuying|敏 min|静 jing|丽 li|强 qiang|磊 lei"),
            lastNames: names("李 li|王 wang|张 zhang|刘 liu|陈 chen|杨 yang|赵 zhao|黄 huang|周 zhou|吴 wu"), weight: 6),
        DemoCulture(
            cultureName: "ja-JP",
            firstNames: names("太郎 taro|花子 hanako|翔 sho|陽菜 hina|蓮 ren|結衣 yui|大輔 daisuke|さくら sakura|健太 kenta|美咲 misaki"),
            lastNames: names(
                "山田 yamada|佐藤 sato|鈴木 suzuki|高橋 takahashi|田中 tanaka|伊藤 ito|渡辺 watanabe|中村 nakamura|小林 kobayashi|加藤 kato"
            ), weight: 5),
        DemoCulture(
            cultureName: "ko-KR",
            firstNames: names("민준 minjun|서연 seoyeon|지훈 jihoon|하은 haeun|도윤 doyun|수아 sua|예준 yejun|지유 jiyu"),
            lastNames: names("김 kim|이 lee|박 park|최 choi|정 jung|강 kang|조 cho|윤 yoon"), weight: 4),
        DemoCulture(
            cultureName: "ar-SA",
            firstNames: names(
                "محمد mohammed|فاطمة fatima|أحمد ahmed|مريم maryam|علي ali|نور nour|يوسف youssef|ليلى layla"),
            lastNames: names(
                "العلي alali|الحسن alhassan|المنصور almansour|الخطيب alkhatib|حداد haddad|الشامي alshami|النجار alnajjar|سليمان suleiman"
            ), weight: 4),
        DemoCulture(
            cultureName: "el-GR",
            firstNames: names("Γιώργος giorgos|Μαρία maria|Νίκος nikos|Ελένη eleni|Δημήτρης dimitris|Σοφία sofia"),
            lastNames: names(
                "Παπαδόπουλος papadopoulos|Κωνσταντίνου konstantinou|Γεωργίου georgiou|Νικολάου nikolaou|Οικονόμου oikonomou|Αλεξίου alexiou"
            ), weight: 2),
        DemoCulture(
            cultureName: "vi-VN", firstNames: names("Anh anh|Phương phuong|Dũng dung|Thảo thao|Hùng hung|Ngọc ngoc"),
            lastNames: names("Nguyễn nguyen|Trần tran|Lê le|Phạm pham|Hoàng hoang|Đặng dang"), weight: 3),
    ]

    /// Parses "Text ascii|Text ascii|…" (the ASCII form is the last word).
    private static func names(_ list: String) -> [DemoName] {
        list.split(separator: "|").map { entry in
            let words = entry.split(separator: " ")
            return DemoName(words.dropLast().joined(separator: " "), String(words.last!))
        }
    }
}
