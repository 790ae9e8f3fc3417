# SPDX-License-Identifier: GPL-3.0-or-later
"""The 17 cities of the Sustainable Tourism, Heritage Protection & Creative
Economy cluster (the 18th member, ANCMPM, is an institution).  Profiles are
written afresh from the facts of the cluster page (seed 001) and, where noted,
the other seeds; population/area only where a seed gives them, otherwise the
driver takes the gazetteer population."""
from . import L

CLUSTER = ["tourism_heritage_creative"]
CP = "src:cluster-tourism-page"
TR = "src:training-report-tsoc"
AR = "src:annual-report-2020"

CITIES = [
    {"uid": "city:anyang", "gid": 1785294, "country": "CN",
     "names": L("Anyang", "安阳", "Anyang", "安阳"),
     "population": 5192200, "population_year": 2019, "population_source": CP, "area_km2": 7413,
     "profile": L(
         "Prefecture-level city at the northern tip of Henan Province, where Hebei, Henan and Shanxi meet. One of China's "
         "eight ancient capitals, it was the seat of the Shang, Cao Wei, Eastern Wei, Northern Qi and other states and is "
         "known as the home of oracle-bone script. In 2019 it covered 7,413 km² with 5,192,200 permanent residents; its "
         "2020 GDP was 230.05 billion yuan (+3.3%).",
         "安阳是河南省最北端的地级市，地处冀、豫、晋三省交界。作为中国八大古都之一，商、曹魏、东魏、北齐等曾在此建都，"
         "被誉为甲骨文的故乡。2019年全市面积7413平方公里，常住人口519.22万；2020年地区生产总值2300.5亿元，同比增长3.3%。",
         "Ciudad de nivel prefectural en el extremo norte de la provincia de Henan, donde confluyen Hebei, Henan y Shanxi. "
         "Es una de las ocho antiguas capitales de China —lo fue de los Shang, Cao Wei, Wei del Este y Qi del Norte, entre "
         "otros— y se la conoce como cuna de la escritura en huesos oraculares. En 2019 tenía 7.413 km² y 5.192.200 "
         "residentes permanentes; su PIB de 2020 fue de 230.050 millones de yuanes (+3,3 %)."),
     "heritage": L(
         "Oracle-bone inscriptions; birthplace of the Zhouyi and of the Red Flag Canal spirit; national historical and "
         "cultural city; 91 cultural-relic sites protected at provincial level or above (23 national, 68 provincial).",
         "甲骨文故乡；《周易》发源地、红旗渠精神发祥地；国家历史文化名城；省级以上文物保护单位91处（国家级23处、省级68处）。",
         "Inscripciones en huesos oraculares; lugar de origen del Zhouyi y del espíritu del Canal de la Bandera Roja; ciudad "
         "histórica y cultural nacional; 91 sitios protegidos a nivel provincial o superior (23 nacionales, 68 provinciales)."),
     "sectors": L(
         "Agriculture; ferrous metal smelting and rolling; automobile manufacturing; coking; coal mining and washing.",
         "农业；黑色金属冶炼及压延加工；汽车制造；炼焦；煤炭开采和洗选。",
         "Agricultura; fundición y laminación de metales ferrosos; fabricación de automóviles; coquización; minería y lavado de carbón."),
     "sources": [CP, TR]},

    {"uid": "city:campeche", "gid": 3531732, "country": "MX",
     "names": L("Campeche", "坎佩切", "Campeche", "San Francisco de Campeche"),
     "aliases": [("San Francisco de Campeche", "es")],
     "profile": L(
         "Port city on the Gulf of Mexico whose 17th-century fortress and long wall were built against English, French and "
         "Dutch pirate raids. It is an outstanding example of Spanish colonial military architecture, and its old quarter is "
         "among the most harmonious and best-preserved Baroque ensembles in Mexico.",
         "坎佩切是墨西哥湾沿岸的港口城市，17世纪为抵御英国、法国和荷兰海盗的袭扰修建了坚固的要塞和长城墙。该城是西班牙殖民"
         "时期军事建筑的杰出范例，其老城区是墨西哥风格最协调、保存最完好的巴洛克建筑群之一。",
         "Ciudad portuaria del golfo de México cuyas fortificaciones y larga muralla del siglo XVII se levantaron contra los "
         "ataques de piratas ingleses, franceses y holandeses. Es un ejemplo sobresaliente de arquitectura militar de la época "
         "colonial española, y su casco antiguo figura entre los conjuntos barrocos más armoniosos y mejor conservados de México."),
     "heritage": L(
         "17th-century fortress and defensive wall; Baroque old quarter; Maya archaeological sites in the surrounding area "
         "(mentioned by its representative at the China–Mexico exchange).",
         "17世纪的要塞与城墙；巴洛克风格老城区；周边的玛雅遗址（该市代表在中墨经验交流中提及）。",
         "Fortaleza y muralla del siglo XVII; casco antiguo barroco; sitios arqueológicos mayas en los alrededores "
         "(mencionados por su representante en el intercambio China–México)."),
     "sources": [CP, TR, AR]},

    {"uid": "city:durango", "gid": 4011743, "country": "MX",
     "names": L("Durango", "杜兰戈", "Durango", "Victoria de Durango"),
     "aliases": [("Victoria de Durango", "es")],
     "profile": L(
         "Northern Mexican city with more than 450 years of history. Its historic centre holds the greatest architectural "
         "wealth in northern Mexico, and the city offers museums, a Western-themed park, natural landscapes and historic "
         "sites along the Camino Real de Tierra Adentro.",
         "杜兰戈位于墨西哥北部，拥有450多年历史。其历史中心拥有墨西哥北部最丰富的建筑遗产；城市还有众多博物馆、一座西部风情"
         "主题公园、自然风光以及皇家内陆大道沿线的历史遗迹。",
         "Ciudad del norte de México con más de 450 años de historia. Su centro histórico reúne la mayor riqueza "
         "arquitectónica del norte del país, y ofrece museos, un parque temático del viejo oeste, paisajes naturales y "
         "sitios históricos del Camino Real de Tierra Adentro."),
     "heritage": L("Historic centre; historic sites on the Camino Real de Tierra Adentro.",
                   "历史中心；皇家内陆大道沿线的历史遗迹。",
                   "Centro histórico; sitios históricos del Camino Real de Tierra Adentro."),
     "sectors": L("Cultural and nature tourism: museums, a Western-themed park, gastronomy.",
                  "文化与自然旅游：博物馆、西部主题公园、美食。",
                  "Turismo cultural y de naturaleza: museos, parque temático del oeste, gastronomía."),
     "sources": [CP, TR]},

    {"uid": "city:guanajuato", "gid": 4005270, "country": "MX",
     "names": L("Guanajuato", "瓜纳华托", "Guanajuato", "Guanajuato"),
     "aliases": [("Guanajuato City", "en"), ("Guanajuato Capital", "es")],
     "profile": L(
         "About 250 years ago Guanajuato was the world's main silver producer, a key chapter in the industrial and economic "
         "history of Mexico and the world. That wealth survives in its buildings and its maze of streets, alleys and squares. "
         "The city hosts the Festival Internacional Cervantino, Mexico's foremost international arts and culture festival.",
         "约250年前，瓜纳华托曾是世界最主要的白银产地，在墨西哥乃至世界的工业和经济史上占有重要地位。昔日的繁荣留存在其建筑"
         "以及错综的街巷和广场之中。该市是墨西哥最重要的国际艺术文化节——塞万提斯国际艺术节的举办地。",
         "Hace unos 250 años Guanajuato era el principal productor de plata del mundo, un capítulo clave de la historia "
         "industrial y económica de México y del mundo. Esa riqueza perdura en sus edificios y en su trama de calles, "
         "callejones y plazas. La ciudad es sede del Festival Internacional Cervantino, el principal festival internacional "
         "de artes y cultura de México."),
     "heritage": L("Colonial silver-mining city: historic buildings, alleys and squares; Cervantino festival.",
                   "殖民时期银矿城市：历史建筑、小巷与广场；塞万提斯国际艺术节。",
                   "Ciudad minera de plata de época colonial: edificios históricos, callejones y plazas; Festival Cervantino."),
     "sectors": L(
         "Silver mining (historically); arts and culture festivals; tourism SMEs listed on ANCMPM's digital platform.",
         "银矿开采（历史上）；艺术文化节庆；旅游中小企业入驻墨西哥世界遗产城市全国协会数字平台。",
         "Minería de plata (históricamente); festivales de artes y cultura; pymes turísticas en la plataforma digital de la ANCMPM."),
     "sources": [CP, TR]},

    {"uid": "city:lishui", "gid": 1803245, "country": "CN",
     "names": L("Lishui", "丽水", "Lishui", "丽水"),
     "population": 2700000, "population_year": None, "population_source": CP, "area_km2": 17300,
     "profile": L(
         "City in Zhejiang Province founded some 1,400 years ago, covering 17,300 km² (one sixth of the province) with 2.70 "
         "million people in nine county-level units. Called China's 'No. 1 ecological city', it has 81.7% forest cover, is "
         "the source of six rivers and was among the first national ecological-civilisation demonstration zones and "
         "climate-adaptive cities. About 415,000 overseas Chinese from Lishui live in more than 130 countries and regions.",
         "丽水建制已有约1400年，面积1.73万平方公里，占浙江全省陆域面积的六分之一，辖9个县（市、区），总人口270万。丽水被誉为"
         "“中国生态第一市”，森林覆盖率81.7%，是六条江河的发源地，入选首批国家生态文明建设示范区和首批国家气候适应型城市。"
         "约41.5万丽水籍华侨分布在130多个国家和地区。",
         "Ciudad de la provincia de Zhejiang fundada hace unos 1.400 años; abarca 17.300 km² (una sexta parte de la "
         "provincia) y tiene 2,70 millones de habitantes en nueve unidades de nivel de condado. Conocida como la «primera "
         "ciudad ecológica de China», tiene un 81,7 % de cobertura forestal, es la fuente de seis ríos y figuró entre las "
         "primeras zonas nacionales de demostración de civilización ecológica y ciudades adaptadas al clima. Unos 415.000 "
         "chinos de ultramar originarios de Lishui viven en más de 130 países y regiones."),
     "heritage": L(
         "3 UNESCO-inscribed and 18 national intangible heritage elements; Longquan celadon, Longquan swords and Qingtian "
         "stone carving; 257 national-level traditional villages; She ethnic, overseas-Chinese and photography culture.",
         "3项联合国教科文组织非物质文化遗产、18项国家级非遗；龙泉青瓷、龙泉宝剑、青田石雕“三宝”；257个国家级传统村落；"
         "畲族文化、华侨文化和摄影文化。",
         "3 elementos del patrimonio inmaterial inscritos por la UNESCO y 18 nacionales; celadón y espadas de Longquan y "
         "tallas en piedra de Qingtian; 257 aldeas tradicionales de nivel nacional; cultura she, de la diáspora y fotográfica."),
     "sectors": L("Ecological conservation and green development; folk arts and crafts.",
                  "生态保护与绿色发展；民间工艺美术。",
                  "Conservación ecológica y desarrollo verde; artes y artesanías populares."),
     "sources": [CP]},

    {"uid": "city:luoyang", "gid": 1801792, "country": "CN",
     "names": L("Luoyang", "洛阳", "Luoyang", "洛阳"),
     "profile": L(
         "City in western Henan with more than 3,000 years of history. Capital of nine dynasties, among them the Eastern "
         "Zhou, Eastern Han, Northern Wei and Sui, it lies at the heart of the Heluo region, a cradle of Chinese "
         "civilisation, and is regarded as the eastern starting point of the Silk Road. It passed a million inhabitants "
         "under the Sui and Tang and was in the first group of China's historic and cultural cities.",
         "洛阳位于河南省西部，有3000多年历史，因地处古洛水之阳而得名。东周、东汉、北魏、隋等九个朝代在此建都，号称“九朝古都”；"
         "以洛阳为中心的河洛地区是华夏文明的重要发源地，洛阳也被视为丝绸之路的东方起点。隋唐时期人口逾百万，是首批国家历史"
         "文化名城。",
         "Ciudad del oeste de Henan con más de 3.000 años de historia. Fue capital de nueve dinastías —entre ellas los Zhou "
         "del Este, los Han del Este, los Wei del Norte y los Sui—, está en el centro de la región de Heluo, cuna de la "
         "civilización china, y se considera el punto de partida oriental de la Ruta de la Seda. Superó el millón de "
         "habitantes con los Sui y los Tang y figuró en el primer grupo de ciudades históricas y culturales de China."),
     "heritage": L(
         "Longmen Grottoes (late Northern Wei to Tang); White Horse Temple, China's first Buddhist temple; Mangshan ancient "
         "tombs and the first ancient-tomb museum; Guanlin Temple; Tang tri-colour glazed pottery, peonies, Luo embroidery, "
         "Heluo stones.",
         "龙门石窟（北魏晚期至唐代）；中国第一古刹白马寺；邙山古墓群及世界首座古墓博物馆；关林；唐三彩、洛阳牡丹、洛绣、"
         "河洛奇石。",
         "Grutas de Longmen (de finales de los Wei del Norte a los Tang); Templo del Caballo Blanco, primer templo budista de "
         "China; tumbas antiguas de Mangshan y el primer museo de tumbas antiguas; templo de Guanlin; cerámica tricolor Tang, "
         "peonías, bordado Luo, piedras de Heluo."),
     "sectors": L("Cultural tourism.", "文化旅游。", "Turismo cultural."),
     "sources": [CP, TR, "src:news-2022-03-mexico-luoyang"]},

    {"uid": "city:mexico-city", "gid": 3530597, "country": "MX",
     "names": L("Mexico City", "墨西哥城", "Ciudad de México", "Ciudad de México"),
     "aliases": [("CDMX", "es"), ("CDMX", "en"), ("Ciudad de México", "en"), ("México, D.F.", "es")],
     "profile": L(
         "Capital of Mexico, with a double Aztec (1325) and Spanish (1521) foundation. Its cathedral, churches, squares and "
         "palaces are a prime example of Spanish settlement in the Americas, while the Templo Mayor and the archaeological "
         "finds beneath the city bear witness to Mexica culture. Landmark 19th- and 20th-century buildings such as the "
         "Palace of Fine Arts complete the country's leading cultural centre.",
         "墨西哥城是墨西哥首都，兼具阿兹特克（1325年）和西班牙（1521年）双重起源。其大教堂、教堂、广场和宫殿是西班牙人在美洲"
         "建城的突出范例，大神庙及城市地下出土的文物则是墨西加（阿兹特克）文化传统的独特见证。城中还有美术宫等19至20世纪的"
         "宏伟建筑，是全国最重要的文化中心。",
         "Capital de México, con doble fundación azteca (1325) y española (1521). Su catedral, iglesias, plazas y palacios "
         "son un ejemplo destacado de los asentamientos españoles en América, y el Templo Mayor y las piezas arqueológicas "
         "halladas bajo la ciudad dan testimonio de la cultura mexica. Edificios de los siglos XIX y XX como el Palacio de "
         "Bellas Artes completan el principal centro cultural del país."),
     "heritage": L(
         "Historic Centre with about 1,500 buildings of monumental value (196 civil and 67 religious monuments) and the "
         "largest concentration of museums and venues; Templo Mayor; Palace of Fine Arts.",
         "历史中心约有1500座具有纪念价值的建筑（民用古迹196处、宗教古迹67处），博物馆和文化场馆最为集中；大神庙；美术宫。",
         "Centro Histórico con unos 1.500 edificios de valor monumental (196 monumentos civiles y 67 religiosos) y la mayor "
         "concentración de museos y recintos; Templo Mayor; Palacio de Bellas Artes."),
     "sectors": L(
         "Culture and museums; the city government reports investment in transport infrastructure, education and social "
         "services (2022).",
         "文化与博物馆；市政府表示已加大对交通基础设施、教育和社会服务的投入（2022年）。",
         "Cultura y museos; el gobierno de la ciudad informa de inversiones en infraestructura de transporte, educación y "
         "servicios sociales (2022)."),
     "sources": [CP, TR, AR, "src:news-2022-03-mexico-luoyang"]},

    {"uid": "city:morelia", "gid": 3995402, "country": "MX",
     "names": L("Morelia", "莫雷利亚", "Morelia", "Morelia"),
     "profile": L(
         "Founded in 1541, Morelia combined Spanish Renaissance ideas with the experience of the Indigenous population. Its "
         "grid plan and a coherent mix of Renaissance, Baroque and neoclassical buildings from the 16th to the 19th century "
         "survive today, and its lively handicrafts and cuisine reflect the cultural wealth of this 'city of pink stone'.",
         "莫雷利亚建于1541年，融合了西班牙文艺复兴理念与美洲原住民的经验。其棋盘式街道格局以及16至19世纪文艺复兴、巴洛克和"
         "新古典主义风格协调统一的建筑保存至今，充满活力的手工艺和美食体现了这座“粉色石头之城”的文化底蕴。",
         "Fundada en 1541, Morelia combinó ideas del Renacimiento español con la experiencia de la población indígena. "
         "Conserva su traza reticular y un conjunto armónico de edificios renacentistas, barrocos y neoclásicos de los siglos "
         "XVI a XIX, y su artesanía y gastronomía reflejan la riqueza cultural de esta «ciudad de cantera rosa»."),
     "heritage": L(
         "Grid-plan historic centre with Renaissance, Baroque and neoclassical buildings (16th–19th c.) in pink stone.",
         "棋盘式格局的历史中心，保留16至19世纪文艺复兴、巴洛克和新古典主义风格的粉色石材建筑。",
         "Centro histórico de traza reticular con edificios renacentistas, barrocos y neoclásicos (siglos XVI–XIX) de cantera rosa."),
     "sectors": L("Handicrafts; gastronomy.", "手工艺；美食。", "Artesanía; gastronomía."),
     "sources": [CP, TR]},

    {"uid": "city:oaxaca", "gid": 3522507, "country": "MX",
     "names": L("Oaxaca", "瓦哈卡", "Oaxaca", "Oaxaca de Juárez"),
     "aliases": [("Oaxaca de Juárez", "es"), ("Oaxaca City", "en"), ("Oaxaca de Juarez", "en")],
     "profile": L(
         "Founded in 1529, Oaxaca is a fine example of a Spanish viceregal town, with solid houses, palaces, squares, churches "
         "and convents that blend European and American traditions. Strong Indigenous cultures shape its crafts, art, "
         "cuisine and festivities, and it counts among Mexico's most creative cities. In 2023 it was named as a focus of a "
         "China–Mexico heritage-protection pilot that WHITRAP is exploring with UNOSSC facilitation.",
         "瓦哈卡建于1529年，是西班牙总督辖区城镇的杰出范例，坚固的住宅、宫殿、广场、教堂和修道院融合了欧洲与美洲传统。浓厚的"
         "原住民文化塑造了当地的手工艺、艺术、美食和节庆，使其成为墨西哥最具创造力的城市之一。2023年，在联合国南南合作办公室"
         "推动下，亚太遗产中心探讨以瓦哈卡为重点开展中墨世界遗产保护合作试点。",
         "Fundada en 1529, Oaxaca es un ejemplo notable de villa virreinal española, con sólidas casas, palacios, plazas, "
         "templos y conventos que funden tradiciones europeas y americanas. Sus culturas indígenas marcan su artesanía, arte, "
         "cocina y fiestas, y se cuenta entre las ciudades más creativas de México. En 2023 fue señalada como eje de un "
         "proyecto piloto China–México de protección del patrimonio que WHITRAP explora con el apoyo de la UNOSSC."),
     "heritage": L("Viceregal historic centre: houses, palaces, squares, churches and convents.",
                   "总督辖区时期的历史中心：住宅、宫殿、广场、教堂与修道院。",
                   "Centro histórico virreinal: casas, palacios, plazas, templos y conventos."),
     "sectors": L("Handicrafts, art and gastronomy shaped by Indigenous cultures; creative industries.",
                  "受原住民文化影响的手工艺、艺术和美食；创意产业。",
                  "Artesanía, arte y gastronomía de raíz indígena; industrias creativas."),
     "sources": [CP, TR, "src:news-2023-11-whitrap-forum"]},

    {"uid": "city:puebla", "gid": 3521081, "country": "MX",
     "names": L("Puebla", "普埃布拉", "Puebla", "Heroica Puebla de Zaragoza"),
     "aliases": [("Puebla de Zaragoza", "es"), ("Puebla City", "en")],
     "profile": L(
         "Founded in 1531 as a town of Spanish colonists ringed by Indigenous neighbourhoods, Puebla grew on agriculture into "
         "one of the largest and richest cities of New Spain. Its historic centre preserves the 16th–19th-century colonial "
         "plan of an 'ideal city', and it is known for the art of its churches and museums, Talavera Poblana ceramics and its "
         "cuisine.",
         "普埃布拉建于1531年，最初是被原住民街区环绕的西班牙殖民者城镇，凭借农业发展成为新西班牙最大、最繁荣的城市之一。"
         "其历史中心保留了16至19世纪以“理想城市”为目标的西班牙城市规划；该市以教堂和博物馆中的艺术、普埃布拉塔拉韦拉陶瓷"
         "及独特美食而闻名。",
         "Fundada en 1531 como ciudad de colonos españoles rodeada de barrios indígenas, Puebla creció gracias a la "
         "agricultura hasta ser una de las ciudades más grandes y prósperas de la Nueva España. Su centro histórico conserva "
         "el trazado colonial de «ciudad ideal» de los siglos XVI al XIX, y destaca por el arte de sus templos y museos, la "
         "Talavera poblana y su gastronomía."),
     "heritage": L(
         "Historic centre planned as an 'ideal city' (16th–19th c.); Talavera Poblana majolica, mixing Chinese, Italian, "
         "Spanish and Indigenous techniques.",
         "以“理想城市”为规划理念的历史中心（16–19世纪）；融合中国、意大利、西班牙和原住民技艺的普埃布拉塔拉韦拉锡釉陶。",
         "Centro histórico trazado como «ciudad ideal» (siglos XVI–XIX); Talavera poblana, mayólica que mezcla técnicas "
         "chinas, italianas, españolas e indígenas."),
     "sectors": L("Agriculture (historically); ceramics and crafts; gastronomy.",
                  "农业（历史上）；陶瓷与手工艺；美食。",
                  "Agricultura (históricamente); cerámica y artesanía; gastronomía."),
     "sources": [CP, TR]},

    {"uid": "city:quanzhou", "gid": 1797353, "country": "CN",
     "names": L("Quanzhou", "泉州", "Quanzhou", "泉州"),
     "aliases": [("Zayton", "en"), ("Zaitún", "es")],
     "population": 8780000, "population_year": 2020, "population_source": CP, "area_km2": 11015,
     "profile": L(
         "Coastal city in south-eastern Fujian with 11,015 km² of land, 11,360 km² of sea and a 541-km coastline; it had "
         "8.78 million permanent residents at the end of 2020. Known in Song and Yuan times as 'Zayton', one of the greatest "
         "harbours of the East, it is a starting point of the ancient Maritime Silk Road, a national historical and cultural "
         "city and a Culture City of East Asia. Its 2020 GDP of 1,015.87 billion yuan led Fujian for the 22nd year running, "
         "and over 9.5 million overseas Chinese trace their roots to the city.",
         "泉州位于福建省东南部，陆域面积11015平方公里，海域面积11360平方公里，海岸线长541公里；2020年末常住人口878万。"
         "宋元时期的泉州港以“刺桐港”闻名世界，被誉为“东方第一大港”，是古代海上丝绸之路起点之一，也是国家历史文化名城和"
         "东亚文化之都。2020年地区生产总值10158.7亿元，连续22年居福建首位；祖籍泉州的海外华侨华人逾950万。",
         "Ciudad costera del sureste de Fujian con 11.015 km² de tierra, 11.360 km² de mar y 541 km de costa; a finales de "
         "2020 tenía 8,78 millones de residentes permanentes. Conocida en tiempos Song y Yuan como «Zaitún», uno de los "
         "mayores puertos de Oriente, es punto de partida de la antigua Ruta Marítima de la Seda, ciudad histórica y cultural "
         "nacional y Ciudad de la Cultura de Asia Oriental. Su PIB de 2020, 1,01587 billones de yuanes, fue el primero de "
         "Fujian por 22.º año consecutivo, y más de 9,5 millones de chinos de ultramar tienen raíces en la ciudad."),
     "heritage": L(
         "945 heritage sites (44 national); 5 world and 34 national intangible heritage items, including Nanyin music; the "
         "only Chinese city with elements on both UNESCO intangible-heritage lists and the Register of Good Safeguarding "
         "Practices; called the 'Museum of World Religions'; cradle of Minnan culture.",
         "各级文物保护单位945处（国家级44处）；世界级非遗5项、国家级非遗34项，包括南音；中国唯一同时拥有联合国教科文组织"
         "非遗名录项目和优秀实践名册项目的城市；被誉为“世界宗教博物馆”；闽南文化发祥地。",
         "945 sitios patrimoniales (44 nacionales); 5 elementos del patrimonio inmaterial mundial y 34 nacionales, entre ellos "
         "la música nanyin; única ciudad china con elementos en las listas de patrimonio inmaterial de la UNESCO y en el "
         "Registro de Buenas Prácticas de Salvaguardia; llamada «Museo de las Religiones del Mundo»; cuna de la cultura minnan."),
     "sectors": L(
         "Private economy and manufacturing: nine industrial clusters of over 100 billion yuan each — textiles and clothing, "
         "footwear, petrochemicals, machinery and equipment, building materials, food and beverage, crafts, paper and "
         "printing, electronic information.",
         "民营经济与制造业：纺织服装、鞋业、石油化工、机械装备、建材、食品饮料、工艺制品、纸业印刷、电子信息九大千亿产业集群。",
         "Economía privada y manufactura: nueve clústeres industriales de más de 100.000 millones de yuanes cada uno — textil "
         "y confección, calzado, petroquímica, maquinaria y equipo, materiales de construcción, alimentos y bebidas, "
         "artesanía, papel e impresión, información electrónica."),
     "sources": [CP, "src:newsletter-2020-04"]},

    {"uid": "city:queretaro", "gid": 3991164, "country": "MX",
     "names": L("Querétaro", "克雷塔罗", "Querétaro", "Santiago de Querétaro"),
     "aliases": [("Santiago de Querétaro", "es"), ("Queretaro", "en"), ("Querétaro City", "en")],
     "profile": L(
         "Querétaro has a double origin, first Indigenous and then Spanish, still visible in its plan: winding narrow streets "
         "in the Indigenous quarter and a Spanish grid elsewhere. Its historic centre keeps the original layout and many "
         "monuments, and its churches, convents and palaces hold outstanding Baroque architecture and art.",
         "克雷塔罗先后有原住民和西班牙两重起源，城市格局因此独具特色：原住民街区街巷蜿蜒狭窄，西班牙街区则呈棋盘式布局。"
         "其历史中心保留了原有格局和大量古迹，教堂、修道院和宫殿内外遍布巴洛克建筑与艺术珍品。",
         "Querétaro tiene un doble origen, primero indígena y luego español, visible en su traza: calles sinuosas y estrechas "
         "en la parte indígena y una retícula española en la otra. Su centro histórico conserva el trazado original y "
         "numerosos monumentos, y sus templos, conventos y palacios guardan notables tesoros de arquitectura y arte barrocos."),
     "heritage": L("Historic centre with its original dual layout; Baroque churches, convents and palaces.",
                   "保留原有双重格局的历史中心；巴洛克风格的教堂、修道院和宫殿。",
                   "Centro histórico con su doble traza original; templos, conventos y palacios barrocos."),
     "sources": [CP, TR]},

    {"uid": "city:rio-de-janeiro", "gid": 3451190, "country": "BR",
     "names": L("Rio de Janeiro", "里约热内卢", "Río de Janeiro", "Rio de Janeiro"),
     "aliases": [("Rio", "en")],
     "population": 6718903, "population_year": 2019, "population_source": CP,
     "profile": L(
         "Brazil's second most populous city and second-largest economy, set among landscapes of exceptional scenic beauty: "
         "an estimated 6,718,903 inhabitants (2019) and a GDP of R$337.6 billion (2017). With many universities and "
         "institutes it is Brazil's second research and development centre, producing 19% of national scientific output "
         "(2005 data). Founded in 1565, it was Brazil's capital from 1763 to 1960.",
         "里约热内卢是巴西人口第二多、经济规模第二大的城市，风景绝佳：2019年人口估计为6718903人，2017年地区生产总值3376亿"
         "雷亚尔。城中大学和研究机构众多，是巴西第二大研发中心，贡献全国19%的科研成果（2005年数据）。该市建于1565年，"
         "1763年至1960年为巴西首都。",
         "Segunda ciudad más poblada y segunda economía de Brasil, rodeada de paisajes de excepcional belleza: unos 6.718.903 "
         "habitantes (2019) y un PIB de 337.600 millones de reales (2017). Con numerosas universidades e institutos, es el "
         "segundo centro de investigación y desarrollo del país y aporta el 19 % de la producción científica nacional (datos "
         "de 2005). Fundada en 1565, fue capital de Brasil de 1763 a 1960."),
     "heritage": L("Landscapes of exceptional scenic beauty; former national capital (1763–1960).",
                   "风景绝佳的自然景观；巴西旧都（1763–1960年）。",
                   "Paisajes de excepcional belleza; antigua capital nacional (1763–1960)."),
     "sectors": L("Research and development; universities and institutes.", "研发；高校与科研机构。",
                  "Investigación y desarrollo; universidades e institutos."),
     "sources": [CP]},

    {"uid": "city:san-luis-potosi", "gid": 3985606, "country": "MX",
     "names": L("San Luis Potosí", "圣路易斯波托西", "San Luis Potosí", "San Luis Potosí"),
     "aliases": [("San Luis Potosi", "en"), ("San Luís Potosí", "es")],
     "profile": L(
         "San Luis Potosí was founded in 1592 after gold and silver were discovered at Cerro de San Pedro; it received the "
         "title of city in 1656, confirmed by King Philip IV two years later. Built on a plain, it has a rich stock of "
         "religious and civil monuments in styles from New Spanish Baroque to neoclassicism.",
         "圣路易斯波托西建于1592年，起因是在圣佩德罗山发现了金矿和银矿；1656年获授城市称号，两年后经西班牙国王腓力四世确认。"
         "城市建于平原之上，拥有丰富的宗教和民用古迹，风格涵盖新西班牙巴洛克至新古典主义。",
         "San Luis Potosí se fundó en 1592 tras el hallazgo de oro y plata en el Cerro de San Pedro; recibió el título de "
         "ciudad en 1656, confirmado por el rey Felipe IV dos años después. Asentada en un llano, posee una gran riqueza "
         "monumental religiosa y civil en estilos que van del barroco novohispano al neoclásico."),
     "heritage": L("Religious and civil monuments in New Spanish Baroque and neoclassical styles.",
                   "新西班牙巴洛克与新古典主义风格的宗教及民用古迹。",
                   "Monumentos religiosos y civiles de estilo barroco novohispano y neoclásico."),
     "sectors": L("Mining (historically gold and silver at Cerro de San Pedro).",
                  "采矿业（历史上圣佩德罗山的金银矿）。",
                  "Minería (históricamente oro y plata del Cerro de San Pedro)."),
     "sources": [CP, TR]},

    {"uid": "city:san-miguel-de-allende", "gid": 3985344, "country": "MX",
     "names": L("San Miguel de Allende", "圣米格尔-德阿连德", "San Miguel de Allende", "San Miguel de Allende"),
     "profile": L(
         "Founded in 1542 as a Catholic mission, San Miguel de Allende came to lie on the Camino Real, the New Spain route "
         "that carried silver from Zacatecas and Guanajuato, and became a meeting point of Spanish, Indigenous and Creole "
         "communities. It preserves many Mexican Baroque religious and civil buildings and masterpieces from the transition "
         "between Baroque and neoclassicism.",
         "圣米格尔-德阿连德于1542年作为天主教传教点建立。随着萨卡特卡斯和瓜纳华托矿业城市的兴起，它成为新西班牙运送白银的"
         "皇家大道上的交汇点，也是西班牙人、原住民和克里奥尔人文化交流的中心。城中保留了大量墨西哥巴洛克风格的宗教和民用"
         "建筑，以及巴洛克向新古典主义过渡时期的杰作。",
         "Fundada en 1542 como misión católica, San Miguel de Allende quedó en el cruce del Camino Real, la ruta de la Nueva "
         "España por la que se transportaba la plata de Zacatecas y Guanajuato, y se convirtió en punto de encuentro de "
         "comunidades españolas, indígenas y criollas. Conserva numerosos edificios religiosos y civiles de barroco mexicano y "
         "obras maestras de la transición del barroco al neoclásico."),
     "heritage": L(
         "Mexican Baroque religious and civil buildings; works of the Baroque–neoclassical transition; town on the Camino Real.",
         "墨西哥巴洛克风格宗教和民用建筑；巴洛克向新古典主义过渡时期的作品；皇家大道沿线城镇。",
         "Edificios religiosos y civiles de barroco mexicano; obras de la transición barroco–neoclásico; enclave del Camino Real."),
     "sources": [CP, TR]},

    {"uid": "city:xochimilco", "gid": 3514450, "country": "MX", "kind": "borough", "parent": "city:mexico-city",
     "names": L("Xochimilco", "霍奇米尔科", "Xochimilco", "Xochimilco"),
     "aliases": [("Alcaldía Xochimilco", "es"), ("Delegación Xochimilco", "es")],
     "area_km2": 125,
     "profile": L(
         "Borough of Mexico City, 21 km from the Historic Centre, built around the once independent town of Xochimilco on the "
         "former southern shore of Lake Xochimilco. It comprises 18 barrios and 14 pueblos over 125 km² and is best known for "
         "its canals and chinampas, the Mesoamerican floating-garden farming system: natural and cultural heritage in use for "
         "seven centuries.",
         "霍奇米尔科是墨西哥城的一个区，距历史中心21公里，以前殖民时期建于霍奇米尔科湖南岸、曾经独立的霍奇米尔科城为中心。"
         "全区由18个街区和14个村镇组成，面积125平方公里，以运河和“奇南帕”（浮田）闻名——这是一种在浅湖上营造浮田的中美洲"
         "传统耕作技术。这里自然与文化遗产交融，已延续七个世纪。",
         "Alcaldía de la Ciudad de México, a 21 km del Centro Histórico, articulada en torno a la antigua ciudad independiente "
         "de Xochimilco, en la ribera sur del antiguo lago del mismo nombre. Comprende 18 barrios y 14 pueblos en 125 km² y "
         "es célebre por sus canales y chinampas, técnica mesoamericana de huertos flotantes: patrimonio natural y cultural "
         "con siete siglos de uso."),
     "heritage": L(
         "Canals and chinampas (Mesoamerican floating gardens), remnants of the Valley of Mexico lake system.",
         "运河与奇南帕（中美洲浮田），墨西哥谷湖泊水系的遗存。",
         "Canales y chinampas (huertos flotantes mesoamericanos), vestigios del sistema lacustre del Valle de México."),
     "sectors": L("Chinampa agriculture.", "奇南帕农业。", "Agricultura de chinampas."),
     "sources": [CP, AR]},

    {"uid": "city:zacatecas", "gid": 3979844, "country": "MX",
     "names": L("Zacatecas", "萨卡特卡斯", "Zacatecas", "Zacatecas"),
     "aliases": [("Zacatecas City", "en")],
     "profile": L(
         "Founded in the mid-16th century beside major silver deposits, Zacatecas became one of the most important and "
         "influential cities of New Spain. Its wealth shows in elegant mansions, hospitals, schools and churches adorned with "
         "stone filigree by anonymous Indigenous craftsmen, and the city keeps its original harmony of buildings, narrow "
         "streets, small squares and museum art collections.",
         "萨卡特卡斯建于16世纪中叶，毗邻墨西哥重要的银矿，凭借战略位置成为新西班牙最重要、最有影响力的城市之一。当年的财富"
         "体现在由无名原住民工匠以石雕花饰装饰的华丽宅邸、医院、学校和教堂之中；城市至今保留着建筑、窄巷和小广场构成的和谐"
         "风貌，博物馆中藏有大量艺术珍品。",
         "Fundada a mediados del siglo XVI junto a importantes yacimientos de plata, Zacatecas llegó a ser una de las ciudades "
         "más importantes e influyentes de la Nueva España. Su riqueza se aprecia en casonas, hospitales, colegios y templos "
         "con filigrana de cantera labrada por artesanos indígenas anónimos, y conserva la armonía original de sus edificios, "
         "callejuelas, plazuelas y colecciones de arte en museos."),
     "heritage": L(
         "Historic centre with stone-filigree mansions, hospitals, schools and churches; museum art collections.",
         "历史中心的石雕花饰宅邸、医院、学校和教堂；博物馆艺术收藏。",
         "Centro histórico con casonas, hospitales, colegios y templos de filigrana de cantera; colecciones de arte en museos."),
     "sectors": L("Silver mining (historically).", "银矿开采（历史上）。", "Minería de plata (históricamente)."),
     "sources": [CP, TR]},
]

for _c in CITIES:
    _c.setdefault("clusters", CLUSTER)
