// Shapes of personal names: common East Asian family names, common Western given names, name
// particles, and capitalised words that never start or belong to a name.

/** Common Korean, Chinese and Japanese family names as romanised in English-language news. */
export const EAST_ASIAN_SURNAMES: ReadonlySet<string> = new Set(
  (
    "Kim Lee Park Choi Jung Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Suh Shin Kwon " +
    "Hwang Ahn Song Jeon Jun Hong Moon Yang Ko Koh Baek Paik Nam Yoo Yu Bae Roh Noh Ha Byun Heo " +
    "Son Kwak Sung Cha Woo Ryu Hyun Ban Koo Min Jin Ji Um Chae Won Pyo Gil Bang Do Nah Tak Yeo " +
    "Wang Li Zhang Liu Chen Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang " +
    "Xie Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu " +
    "Ding Ren Shen Yao Xi Qin Wen Abe Kishida Suga Tanaka Suzuki Sato Takahashi Watanabe Ito " +
    "Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Matsumoto Inoue Kimura Hayashi Shimizu " +
    "Motegi Kono Hayashi Nguyen Tran Le Pham"
  ).split(" "),
);

/** Common given names in English-language news, a cue for names without a title. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    "John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel " +
    "Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Edward " +
    "Ronald Timothy Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin " +
    "Scott Brandon Benjamin Samuel Frank Gregory Raymond Alexander Patrick Jack Dennis Jerry Tyler " +
    "Aaron Jose Adam Henry Nathan Douglas Peter Kyle Walter Ethan Jeremy Harold Keith Christian " +
    "Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse Dylan Bryan Joe Jordan Billy " +
    "Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell " +
    "Elijah Louis Bobby Philip Johnny Harry Mike Bill Tom Tony Jim Bob Ben Boris Emmanuel Angela " +
    "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty " +
    "Margaret Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah " +
    "Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Anna Ana Brenda Pamela Emma " +
    "Nicole Helen Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth Maria " +
    "Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith " +
    "Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice " +
    "Jean Alice Madison Doris Abigail Julia Judy Grace Denise Amber Marilyn Beverly Danielle " +
    "Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte Rose Alexis Kayla Hillary " +
    "Kamala Nancy Antony Sergey Sergei Vladimir Dmitry Olaf Ursula Jens Josep Mario Pedro Carlos " +
    "Luis Miguel Javier Francisco Jorge Manuel Pablo Fernando Ricardo Rafael Andres Diego Sofia " +
    "Lucia Elena Marta Carmen Isabel Pierre Jean-Yves Francois Marine Nicolas Jacques Hans Klaus " +
    "Wolfgang Heiko Annalena Friedrich Giorgia Matteo Narendra Rahul Recep Benjamin Yair Ali " +
    "Mohammed Muhammad Ahmed Hassan Hussein Omar Abdullah Kenji Hiroshi Takeshi Yuki Fumio Shinzo " +
    "Yoshihide Taro Toshimitsu Abdel Abdul Abdullahi Abdulaziz Abdulrahman Ahmad Hamad Hamid " +
    "Hossein Hosseini Ibrahim Ismail Khalid Khaled Mahmoud Mohamed Mohammad Moussa Mustafa Nasser " +
    "Saeed Salman Sultan Tamim Yousef Youssef Yusuf Faisal Fatima Aisha Layla Amina Cyril Paul " +
    "Kwame Olusegun Bola Uhuru Yoweri Paul Jean-Claude Jean-Luc Jean-Pierre Luiz Luis Gustavo " +
    "Gabriel Andres Claudia Alejandro Sergio Alberto Cristina Dilma Javier Gianni Giuseppe Sergio " +
    "Marco Luca Paolo Stefano Francesco Emmanuel Bruno Gerard Anne Sophie Marc Dirk Jan Pieter " +
    "Willem Sigrid Ulf Magnus Lars Anders Erik Henrik Mette Sanna Aleksander Andrzej Mateusz " +
    "Viktor Volodymyr Dmytro Oleksandr Yulia Ivan Alexei Igor Recep Mevlut Hakan Shehbaz Imran " +
    "Anwar Joko Ferdinand Lawrence Anthony Penny Richard Chris Jacinda Justin Mélanie Chrystia " +
    // Common English given names and their short forms (no place or common-word homonyms such
    // as Virginia, Victoria, Austin, Grace or Will).
    "Colin Ian Iain Neil Neal Nolan Craig Graham Nigel Trevor Keith Barry Derek Alan Allan " +
    "Stuart Stewart Duncan Gordon Malcolm Ewan Gareth Darren Wayne Glenn Roy Kenny Tony Terry " +
    "Jimmy Tommy Billy Bobby Danny Ricky Steve Mike Tom Tim Jim Joe Bill Bob Dave Pete Nick Andy " +
    "Greg Jeff Jon Matt Ben Sam Dan Ron Fred Harry Henry Arthur Walter Roger Peter Philip Phillip " +
    "Martin Simon Adam Phil Graeme Geoff Ray Ken Mary Patricia Jennifer Linda Elizabeth Barbara " +
    "Susan Jessica Sarah Karen Nancy Lisa Margaret Sandra Emily Donna Michelle Dorothy Carol " +
    "Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Angela Helen Anna " +
    "Brenda Pamela Nicole Emma Samantha Katherine Christine Rachel Catherine Janet Ruth Maria " +
    "Heather Diane Julie Joyce Olivia Kelly Christina Lauren Joan Judith Megan Cheryl Andrea " +
    "Hannah Martha Jacqueline Gloria Ann Teresa Kathryn Sara Janice Alice Julia Judy Denise " +
    "Danielle Sophia Marie Diana Natalie Isabella Svetlana Natalia Olga Irina Elena Tatiana " +
    // Common given names of other languages as news spells them, by region (again without
    // common-word or place homonyms).
    // South Asia
    "Rajesh Ramesh Suresh Mahesh Dinesh Sanjay Vijay Ajay Anil Sunil Ashok Arun Amit Rakesh " +
    "Sharad Ratan Vikram Rajiv Sonia Priyanka Smriti Nirmala Sushma Arvind Manish Nitin Piyush " +
    "Mamata Mallikarjun Shashi Anurag Kiran Pradeep Sandeep Deepak Naveen " +
    "Sunita Anita Kavita Meena Pooja Neha Shreya Aditya Rohit Virat Sachin Sourav Anjali " +
    "Bilawal Asif Nawaz Maryam Shahid Tariq Zulfiqar Khaleda Sajeeb Ranil Gotabaya " +
    "Mahinda Sajith Pushpa Kamal " +
    // Africa
    "Kwasi Kofi Kojo Yaw Kwabena Ama Akosua Nana Chinedu Chukwuma Emeka Ngozi Chiamaka Adaeze " +
    "Oluwaseun Olumide Babajide Yemi Tunde Femi Bisi Funmilayo Folake Aliyu Abubakar Atiku " +
    "Bola Nkechi Uche Obinna Ifeanyi Ikenna Usman Ibrahim Sani Yakubu Jacob Thabo Sipho " +
    "Themba Mandla Lindiwe Nomvula Thandi Zodwa Jacob Kgalema Julius Fikile Naledi Moeketsi " +
    "Raila Kalonzo Musalia Rigathi Uhuru Mwai Wanjiru Wambui Njeri " +
    "Yoweri Paul Emmerson Tendai Hakainde Edgar Abiy Sahle " +
    "Macky Ousmane Bassirou Alassane Mamadou Moussa Amadou Aminata Fatou Boubacar Idriss " +
    // East and South-East Asia
    "Makoto Hiroshi Takashi Kenji Kazuo Yoshihiko Yoshimasa Koichi Shigeru Fumio Taro Hirokazu " +
    "Toshihiro Katsunobu Yasutoshi Nobuo Akira Satoshi Haruki Naoki Keiko Yuko Akiko Tomoko " +
    "Sanae Yuriko Seiko Junichiro Kazuhiro Masahiro Tetsuya Daisuke Ryota Kenta Shota Haruto " +
    "Joko Prabowo Retno Budi Agus Bambang Susilo Megawati Puan Anies Ganjar Airlangga Luhut " +
    "Anwar Mahathir Najib Muhyiddin Ismail Saifuddin Fahmi Zahid Siti Nurul Azmin Rafizi " +
    "Ferdinand Rodrigo Sara Leni Gloria Benigno Imee Manny Bongbong Manet Prayut " +
    "Srettha Paetongtarn Thaksin Yingluck Pita Anutin Prawit " +
    // Latin America, Iberia and Italy
    "Andrés Manuel Jorge Mauricio Cristina Alberto Sergio Gustavo Ignacio Nicolás Diego " +
    "Santiago Sebastián Mateo Joaquín Martín Tomás Emiliano Rodrigo Fernando Ricardo Eduardo " +
    "Guillermo Enrique Felipe Esteban Pablo Gonzalo Alfonso Arturo Rafael Raúl Jaime Jair Luiz " +
    "Inácio Dilma Michel Geraldo Simone Fernanda Gabriela Valentina Camila Daniela " +
    "Mariana Carolina Paula Lucía Sofía Ximena Xóchitl Claudia Keiko Dina Pedro Gabriel Javier " +
    "Iván Álvaro Íñigo Pedro Alessandro Matteo Giorgia Elly Giuseppe Sergio Mario Enrico " +
    // Europe and the former Soviet Union
    "Emmanuel Édouard Élisabeth Gabriel Jean Jacques François Nicolas Ségolène Jordan " +
    "Olaf Annalena Friedrich Markus Christian Robert Karl Lothar Jürgen Horst Ursula Angela " +
    "Frank-Walter Winfried Boris Rishi Keir Liz Theresa Priti Suella Kemi Yvette Rachel Jeremy " +
    "Kwasi Nadhim Sadiq Humza Nicola Mark Wopke Mette Ulf Magdalena Petteri Sanna " +
    "Alexander Karl Viktor Péter Andrej Robert Mateusz Donald Andrzej Radosław Volodymyr Petro " +
    "Vladimir Sergei Sergey Dmitry Dmitri Maria Mikhail Alexei Nikolai Nikola Aleksandar Milorad " +
    "Kyriakos Alexis Nikos Giorgos Recep Mevlüt Kemal Ekrem Ahmet Mehmet Ali Binali Ilham Nikol " +
    "Kassym-Jomart Nursultan Shavkat Emomali Sadyr Serdar Gurbanguly " +
    // Middle East
    "Benjamin Yair Naftali Isaac Gideon Yoav Itamar Bezalel Mahmoud Ismail Yahya Mohammed Abdel " +
    "Bashar Asma Hassan Najib Nabih Saad Michel Ayman Jafar Hazem Fuad Masoud " +
    "Nechirvan Qubad Haider Nouri Muqtada Javad Ebrahim Hossein Masoud Ali"
  ).split(" "),
);

/** Lower-case particles inside Western names ("Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "von",
  "van",
  "der",
  "den",
  "de",
  "del",
  "della",
  "da",
  "dos",
  "du",
  "la",
  "le",
  "bin",
  "bint",
  "binti",
  "ibn",
  "al",
]);

/**
 * Capitalised nouns that end the name of a place, building or prize ("King Fahd Airport", "Peace
 * Medal"): name words before one name no person. Surnames that are also such nouns (Park, Hall) are
 * left out.
 */
export const FACILITY_HEADS: ReadonlySet<string> = new Set(
  (
    "Airport Palace Hotel Building Tower Towers Stadium Bridge Square Street Road Avenue Museum " +
    "Medal Prize Award Trophy Mosque Church Cathedral Temple Hospital Villa Station Highway " +
    "Expressway Dam Plaza Mall Arena Resort Castle Prison Boulevard Harbour Harbor Terminal"
  ).split(" "),
);

export const MONTH_NAMES: ReadonlySet<string> = new Set(
  (
    "January February March April May June July August September October November December " +
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
  ).split(" "),
);

export const WEEKDAY_NAMES: ReadonlySet<string> = new Set(
  "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(" "),
);

/** Capitalised words that are never part of a name: function words met at a sentence start. */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    "The A An But And Or Nor In On At For Of To From By With As After Before During While When " +
    "If It Its He She They We I You This That These Those His Her Their Our My Your According " +
    "Both Since Because Although Though However Meanwhile Yet So Then There Here What Who Whom " +
    "Which Where Why How Some Many Most All Each Every Other Another One Two Three Also Still Even " +
    "Just Only Last Next Under Over Amid Despite Into Through Without Within Between Among Around " +
    "Against Toward Towards Upon About Such No Not Now Today Yesterday Tomorrow Later Earlier " +
    "Instead Further Furthermore Moreover Thus Therefore Hence Indeed Already Once Twice Several " +
    "Few More Less Much Any Nothing Everything Everyone Someone People Unlike Like Given Following " +
    "Regarding Concerning Including Read Click Photo Image Video Source Category Tags Related " +
    "Advertisement Print Share Email Subscribe Updated Published Posted Copyright Neither Either " +
    "Unless Until Whereas Perhaps Maybe Almost Nearly Speaking Asked Answering Responding " +
    "Addressing Having Being Together Along Alongside Besides Beyond Except Per Via Behind Below " +
    "Above Across Near Outside Inside Whose Whatever Whoever Whenever Wherever Did Does Do Has " +
    "Have Had Is Are Was Were Will Would Can Could Should May Might Must Yes Thanks Dear"
  ).split(" "),
);
