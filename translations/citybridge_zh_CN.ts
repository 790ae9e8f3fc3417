<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cb</name>
    <message>
        <source>The matching problem needs one capacity per vertex.</source>
        <translation>匹配问题要求每个顶点有一个容量。</translation>
    </message>
    <message>
        <source>A capacity cannot be negative.</source>
        <translation>容量不能为负数。</translation>
    </message>
    <message>
        <source>An edge joins a vertex to itself or to a vertex that does not exist.</source>
        <translation>某条边将顶点连接到其自身或不存在的顶点。</translation>
    </message>
    <message>
        <source>Edge weights must be finite numbers between 0 and 1,000,000.</source>
        <translation>边的权重必须是 0 到 1,000,000 之间的有限数。</translation>
    </message>
    <message>
        <source>%1 of %2 survey respondents</source>
        <translation>%2 名调查受访者中有 %1 名</translation>
    </message>
    <message>
        <source>through an institution that speaks for it</source>
        <translation>通过代表其发言的机构</translation>
    </message>
    <message>
        <source>Shared priorities</source>
        <translation>共同优先事项</translation>
    </message>
    <message>
        <source>Complementarity</source>
        <translation>互补性</translation>
    </message>
    <message>
        <source>Expressed interest</source>
        <translation>表达的意向</translation>
    </message>
    <message>
        <source>Shared context</source>
        <translation>共同背景</translation>
    </message>
    <message>
        <source>an actor is never paired with itself</source>
        <translation>行动方不会与自身配对</translation>
    </message>
    <message>
        <source>one belongs to the other (own affiliate)</source>
        <translation>一方隶属于另一方（自身下属机构）</translation>
    </message>
    <message>
        <source>same country, and only cross-border pairs are proposed</source>
        <translation>同属一国，而只提议跨境配对</translation>
    </message>
    <message>
        <source>a partnership already exists</source>
        <translation>已存在伙伴关系</translation>
    </message>
    <message>
        <source>declined by an officer</source>
        <translation>已被官员拒绝</translation>
    </message>
    <message>
        <source>excluded by an officer</source>
        <translation>已被官员排除</translation>
    </message>
    <message>
        <source>deferred by an officer</source>
        <translation>已被官员推迟</translation>
    </message>
    <message>
        <source>%1: weight %2, %3 / %4 (%5 → %6 / %6 → %5), contribution %7</source>
        <translation>%1：权重 %2，%3 / %4（%5 → %6 / %6 → %5），贡献 %7</translation>
    </message>
    <message>
        <source>Both prioritise %1</source>
        <translation>双方都将%1列为优先事项</translation>
    </message>
    <message>
        <source>Related priorities %1 and %2 (cluster: %3)</source>
        <translation>相关的优先事项%1与%2（主题群：%3）</translation>
    </message>
    <message>
        <source>%1 needed by %2 is offered by %3</source>
        <translation>%2需要的%1可由%3提供</translation>
    </message>
    <message>
        <source>%1 needed by %2 is close to %3 offered by %4 (cluster: %5)</source>
        <translation>%2需要的%1与%4可提供的%3相近（主题群：%5）</translation>
    </message>
    <message>
        <source>%1 wants to work with %2</source>
        <translation>%1希望与%2合作</translation>
    </message>
    <message>
        <source>%1 wants to work with cities in %2</source>
        <translation>%1希望与%2的城市合作</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation>，领域：%1</translation>
    </message>
    <message>
        <source>Both took part in %1 (%2)</source>
        <translation>双方都参加了%1（%2）</translation>
    </message>
    <message>
        <source>Both are linked to %1</source>
        <translation>双方都与%1有联系</translation>
    </message>
    <message>
        <source>Not proposed: %1</source>
        <translation>不予提议：%1</translation>
    </message>
    <message>
        <source>Locked by an officer: always in the proposals</source>
        <translation>已被官员锁定：始终列入提案</translation>
    </message>
    <message>
        <source>Pinned by an officer</source>
        <translation>已被官员置顶</translation>
    </message>
    <message>
        <source>Distance: %1 km</source>
        <translation>距离：%1 公里</translation>
    </message>
    <message>
        <source>Shared office hours (09:00–17:00): %1 h</source>
        <translation>重叠办公时间（09:00–17:00）：%1 小时</translation>
    </message>
    <message>
        <source>The locked pairs give a city more partners than the partner limit allows; unlock one or raise the limit.</source>
        <translation>锁定的配对使某个城市的合作伙伴数超过了上限；请解除其中一个锁定或提高上限。</translation>
    </message>
    <message>
        <source>The locked pairs already exceed the cap per pair of countries.</source>
        <translation>锁定的配对已超过每对国家的上限。</translation>
    </message>
    <message>
        <source>A pair is both locked and excluded; clear one of the two rules.</source>
        <translation>某个配对既被锁定又被排除；请清除其中一条规则。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Backup of %1 failed: %2</source>
        <translation>备份 %1 失败：%2</translation>
    </message>
    <message>
        <source>The backup of %1 did not pass the integrity check.</source>
        <translation>%1 的备份未通过完整性检查。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>Partnership %1 has no history.</source>
        <translation>伙伴关系 %1 没有历史记录。</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>无法创建数据文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write the sample workspace to %1.</source>
        <translation>无法将示例工作区写入 %1。</translation>
    </message>
    <message>
        <source>A spreadsheet (ZIP) file cannot be read from a stream; save it to a file first.</source>
        <translation>无法从数据流读取电子表格（ZIP）文件；请先将其保存为文件。</translation>
    </message>
    <message>
        <source>This OpenDocument file is not a spreadsheet; save it as .ods, .xlsx or CSV.</source>
        <translation>此 OpenDocument 文件不是电子表格；请将其另存为 .ods、.xlsx 或 CSV。</translation>
    </message>
    <message>
        <source>This is a Word document, not a spreadsheet.</source>
        <translation>这是 Word 文档，不是电子表格。</translation>
    </message>
    <message>
        <source>This is a PowerPoint presentation, not a spreadsheet.</source>
        <translation>这是 PowerPoint 演示文稿，不是电子表格。</translation>
    </message>
    <message>
        <source>This ZIP archive is not a spreadsheet (XLSX or ODS).</source>
        <translation>此 ZIP 压缩包不是电子表格（XLSX 或 ODS）。</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>文件未以读取方式打开。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>This is a legacy Excel 97-2003 (.xls) or other Office binary file; save it as .xlsx or CSV and import that.</source>
        <translation>这是旧版 Excel 97-2003（.xls）或其他 Office 二进制文件；请将其另存为 .xlsx 或 CSV 后再导入。</translation>
    </message>
    <message>
        <source>This is a PDF document, not a table.</source>
        <translation>这是 PDF 文档，不是表格。</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>请输入有效的日期。</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Choose the source this comes from.</source>
        <translation>请选择其来源。</translation>
    </message>
    <message>
        <source>The chosen source does not exist in this workspace.</source>
        <translation>所选来源不在此工作区中。</translation>
    </message>
    <message>
        <source>Enter the English name.</source>
        <translation>请输入英文名称。</translation>
    </message>
    <message>
        <source>Choose the country of the city.</source>
        <translation>请选择城市所在的国家。</translation>
    </message>
    <message>
        <source>“%1” is not a country of this workspace.</source>
        <translation>“%1”不是此工作区中的国家。</translation>
    </message>
    <message>
        <source>An actor cannot belong to itself.</source>
        <translation>行动方不能隶属于自身。</translation>
    </message>
    <message>
        <source>The parent actor does not exist in this workspace.</source>
        <translation>上级行动方不在此工作区中。</translation>
    </message>
    <message>
        <source>Enter both latitude and longitude, or neither.</source>
        <translation>请同时填写纬度和经度，或都不填。</translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90 degrees.</source>
        <translation>纬度必须在 -90 到 90 度之间。</translation>
    </message>
    <message>
        <source>Longitude must be between -180 and 180 degrees.</source>
        <translation>经度必须在 -180 到 180 度之间。</translation>
    </message>
    <message>
        <source>The population cannot be negative.</source>
        <translation>人口不能为负数。</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone (e.g. Asia/Shanghai).</source>
        <translation>“%1”不是已知的时区（例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <source>Choose a category from the list.</source>
        <translation>请从列表中选择类别。</translation>
    </message>
    <message>
        <source>Enter a web address starting with http:// or https://.</source>
        <translation>请输入以 http:// 或 https:// 开头的网址。</translation>
    </message>
    <message>
        <source>A city named “%1” already exists.</source>
        <translation>名为“%1”的城市已存在。</translation>
    </message>
    <message>
        <source>An institution named “%1” already exists.</source>
        <translation>名为“%1”的机构已存在。</translation>
    </message>
    <message>
        <source>Choose an actor that exists in this workspace.</source>
        <translation>请选择此工作区中已有的行动方。</translation>
    </message>
    <message>
        <source>Choose a theme.</source>
        <translation>请选择主题。</translation>
    </message>
    <message>
        <source>The weight must be between 0 and 1.</source>
        <translation>权重必须在 0 到 1 之间。</translation>
    </message>
    <message>
        <source>Choose either a partner or a country.</source>
        <translation>请选择一个合作伙伴或一个国家（二选一）。</translation>
    </message>
    <message>
        <source>An actor cannot express interest in itself.</source>
        <translation>行动方不能对自身表达意向。</translation>
    </message>
    <message>
        <source>The partner does not exist in this workspace.</source>
        <translation>该合作伙伴不在此工作区中。</translation>
    </message>
    <message>
        <source>The strength must be between 0 and 1.</source>
        <translation>强度必须在 0 到 1 之间。</translation>
    </message>
    <message>
        <source>One of the themes does not exist in this workspace.</source>
        <translation>其中一个主题不在此工作区中。</translation>
    </message>
    <message>
        <source>Choose a role from the list.</source>
        <translation>请从列表中选择角色。</translation>
    </message>
    <message>
        <source>Enter the English title.</source>
        <translation>请输入英文标题。</translation>
    </message>
    <message>
        <source>Choose a kind of event from the list.</source>
        <translation>请从列表中选择活动类型。</translation>
    </message>
    <message>
        <source>Enter the date of the event.</source>
        <translation>请输入活动日期。</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>%1 is listed twice with the same role.</source>
        <translation>%1以相同角色被列出了两次。</translation>
    </message>
    <message>
        <source>The document could not be written as ODT.</source>
        <translation>无法将该文档写为 ODT。</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>A copy of the current workspace cannot be written to %1.</source>
        <translation>无法将当前工作区的副本写入 %1。</translation>
    </message>
    <message>
        <source>The workspace file %1 does not exist.</source>
        <translation>工作区文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>无法恢复备份 %1：%2</translation>
    </message>
    <message>
        <source>The backup %1 is the workspace itself.</source>
        <translation>备份 %1 就是该工作区本身。</translation>
    </message>
    <message>
        <source>The current workspace could not be backed up, so nothing was restored: %1</source>
        <translation>无法备份当前工作区，因此未执行任何恢复：%1</translation>
    </message>
    <message>
        <source>%1 cannot be replaced; the workspace was not changed.</source>
        <translation>无法替换 %1；工作区未作任何更改。</translation>
    </message>
    <message>
        <source>before migration to v%1</source>
        <translation>迁移到 v%1 之前</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>The table %1 is missing in the target.</source>
        <translation>目标中缺少表 %1。</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>读取 %1 失败：%2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>写入 %1 失败：%2</translation>
    </message>
    <message>
        <source>This kind of workspace cannot be copied.</source>
        <translation>这种工作区无法复制。</translation>
    </message>
    <message>
        <source>The target %1 is read-only.</source>
        <translation>目标 %1 为只读。</translation>
    </message>
    <message>
        <source>The target %1 is not empty (%2 holds %3 rows); nothing was copied.</source>
        <translation>目标 %1 不是空的（%2 中有 %3 行）；未复制任何内容。</translation>
    </message>
    <message>
        <source>Only the owner of the tables in %1 can copy a workspace into it: the decision log would otherwise lose who took each decision.</source>
        <translation>只有 %1 中各表的所有者才能将工作区复制进去：否则决策日志会丢失每项决定的做出者。</translation>
    </message>
    <message>
        <source>Verification failed: %1 has %2 rows in the source and %3 in the copy; nothing was copied.</source>
        <translation>校验失败：%1 在源中有 %2 行，在副本中有 %3 行；未复制任何内容。</translation>
    </message>
</context>
<context>
    <name>cb::ActorEdit</name>
    <message>
        <source>The actor no longer exists in this workspace.</source>
        <translation>该行动方已不在此工作区中。</translation>
    </message>
    <message>
        <source>It is part of the pipeline (partnerships: %1); close them there instead of removing it.</source>
        <translation>它已在伙伴关系流程中（伙伴关系：%1 个）；请在流程中结束这些伙伴关系，而不是删除它。</translation>
    </message>
    <message>
        <source>The decision log refers to it; removing it would leave that history without a name.</source>
        <translation>决策日志中提到了它；删除后这些记录将失去名称。</translation>
    </message>
    <message>
        <source>Other actors belong to it (%1); change or remove them first.</source>
        <translation>有其他行动方隶属于它（%1 个）；请先修改或删除它们。</translation>
    </message>
    <message>
        <source>Nothing to restore.</source>
        <translation>没有可恢复的内容。</translation>
    </message>
    <message>
        <source>An event the actor took part in no longer exists.</source>
        <translation>该行动方参加过的某个活动已不存在。</translation>
    </message>
</context>
<context>
    <name>cb::Brief</name>
    <message>
        <source>Pairing brief: %1 and %2</source>
        <translation>结对简报：%1与%2</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>编制日期：%1</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2</source>
        <translation>编制：%1，%2</translation>
    </message>
    <message>
        <source>evidence up to %1</source>
        <translation>依据截至%1</translation>
    </message>
    <message>
        <source>%1 and %2 are proposed as partners with a score of %3 out of 1.</source>
        <translation>建议%1与%2结为合作伙伴，得分为%3（满分1）。</translation>
    </message>
    <message>
        <source>Both list the same priorities: %1.</source>
        <translation>双方有共同的优先事项：%1。</translation>
    </message>
    <message>
        <source>%1 can share its experience in %2 with %3.</source>
        <translation>%1可与%3分享其在%2方面的经验。</translation>
    </message>
    <message>
        <source>Each side has said it wants to work with the other.</source>
        <translation>双方均表达了与对方合作的意向。</translation>
    </message>
    <message>
        <source>%1 has said it wants to work with %2.</source>
        <translation>%1已表达与%2合作的意向。</translation>
    </message>
    <message>
        <source>They have already met through shared events or institutions.</source>
        <translation>双方已通过共同参加的活动或共同关联的机构有过接触。</translation>
    </message>
    <message>
        <source>Why they match</source>
        <translation>匹配理由</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Overall score %1: %2 for %3 and %4 for %5.</source>
        <translation>总分%1：%3为%2，%5为%4。</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>组成部分</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Gain for %1</source>
        <translation>%1的收益</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>%1, close to %2</source>
        <translation>%1（与%2相近）</translation>
    </message>
    <message>
        <source>Priorities both share:</source>
        <translation>双方共同的优先事项：</translation>
    </message>
    <message>
        <source>Priorities of %1 that %2 can help with:</source>
        <translation>%2可协助%1的优先事项：</translation>
    </message>
    <message>
        <source>Expressed interest</source>
        <translation>表达的意向</translation>
    </message>
    <message>
        <source>Shared events and introductions</source>
        <translation>共同活动与引荐途径</translation>
    </message>
    <message>
        <source>Who could introduce them:</source>
        <translation>可为双方牵线的途径：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2年）</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 平方公里</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Province or state</source>
        <translation>省/州</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Heritage</source>
        <translation>遗产</translation>
    </message>
    <message>
        <source>Key sectors</source>
        <translation>重点产业</translation>
    </message>
    <message>
        <source>Current priorities</source>
        <translation>当前优先事项</translation>
    </message>
    <message>
        <source>Can share</source>
        <translation>可提供的经验</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>城市概况</translation>
    </message>
    <message>
        <source>Locator map</source>
        <translation>位置示意图</translation>
    </message>
    <message>
        <source>%1 and %2, joined along the great circle.</source>
        <translation>%1与%2，以大圆航线相连。</translation>
    </message>
    <message>
        <source>Office hours barely overlap: plan calls early in the morning in one city and in the evening in the other, or work by e-mail.</source>
        <translation>双方办公时间几乎不重叠：通话可安排在一方的清晨、另一方的傍晚，或通过电子邮件沟通。</translation>
    </message>
    <message>
        <source>Time zones: %1 %2, %3 %4</source>
        <translation>时区：%1 %2，%3 %4</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>Working language: %1 in both cities</source>
        <translation>工作语言：两市均使用%1</translation>
    </message>
    <message>
        <source>Languages: %1 in %2, %3 in %4; plan interpretation</source>
        <translation>语言：%2使用%1，%4使用%3；请安排口译</translation>
    </message>
    <message>
        <source>Practical notes</source>
        <translation>实用信息</translation>
    </message>
    <message>
        <source>A webinar in which %1 presents its practice in %2 to officials of %3</source>
        <translation>举办网络研讨会，由%1向%3的官员介绍其在%2方面的做法</translation>
    </message>
    <message>
        <source>An exchange of experts on %1, a priority for both cities</source>
        <translation>就双方共同的优先事项%1开展专家交流</translation>
    </message>
    <message>
        <source>An introductory video call between both mayors&apos; offices</source>
        <translation>两市市长办公室之间的首次视频通话</translation>
    </message>
    <message>
        <source>Suggested first activities</source>
        <translation>建议的首批活动</translation>
    </message>
    <message>
        <source>Partnership so far</source>
        <translation>伙伴关系进展</translation>
    </message>
    <message>
        <source>Current stage: %1</source>
        <translation>当前阶段：%1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>已提议</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Exploratory exchange</source>
        <translation>探索性交流</translation>
    </message>
    <message>
        <source>Friendship MoU</source>
        <translation>友好合作备忘录</translation>
    </message>
    <message>
        <source>Pilot project</source>
        <translation>试点项目</translation>
    </message>
    <message>
        <source>Formal agreement</source>
        <translation>正式协议</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>There is no such pair in this matching run.</source>
        <translation>本次匹配结果中没有该城市对。</translation>
    </message>
    <message>
        <source>Unknown brief language &quot;%1&quot;: use en, zh, es or bilingual.</source>
        <translation>未知的简报语言“%1”：请使用 en、zh、es 或 bilingual。</translation>
    </message>
</context>
<context>
    <name>cb::BriefBatch</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>cb::BriefExporter</name>
    <message>
        <source>The brief is empty.</source>
        <translation>简报为空。</translation>
    </message>
    <message>
        <source>PDF and ODT briefs need the graphical libraries (fonts); use HTML here.</source>
        <translation>PDF 和 ODT 简报需要图形库（字体）；此处请使用 HTML。</translation>
    </message>
    <message>
        <source>The document could not be rendered.</source>
        <translation>无法生成该文档。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>cb::CityInterestMatrix</name>
    <message>
        <source>Interests (voices)</source>
        <translation>意向（人次）</translation>
    </message>
    <message>
        <source>Data: CityBridge workspace, UNOSSC Cities Project</source>
        <translation>数据：CityBridge 工作区，联合国南南合作办公室城市项目</translation>
    </message>
</context>
<context>
    <name>cb::CityThemeMatrix</name>
    <message>
        <source>Priority</source>
        <translation>优先事项</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>可提供的资源/经验</translation>
    </message>
    <message>
        <source>Data: CityBridge workspace, UNOSSC Cities Project</source>
        <translation>数据：CityBridge 工作区，联合国南南合作办公室城市项目</translation>
    </message>
</context>
<context>
    <name>cb::ColumnMapping</name>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>City or institution</source>
        <translation>城市或机构</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先事项</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>可提供的资源/经验</translation>
    </message>
    <message>
        <source>Interest in a partner city</source>
        <translation>对合作城市的意向</translation>
    </message>
    <message>
        <source>Interest in a partner country</source>
        <translation>对合作国家的意向</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>This is not a CityBridge import mapping.</source>
        <translation>这不是 CityBridge 导入映射文件。</translation>
    </message>
    <message>
        <source>This import mapping was written by a newer version of CityBridge.</source>
        <translation>此导入映射由更新版本的 CityBridge 写入。</translation>
    </message>
    <message>
        <source>The import mapping has an invalid header row, sheet or actor kind.</source>
        <translation>导入映射的标题行、工作表或行动方类型无效。</translation>
    </message>
    <message>
        <source>Column %1 of the import mapping is invalid.</source>
        <translation>导入映射的第 %1 列无效。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a valid import mapping: %2</source>
        <translation>%1 不是有效的导入映射：%2</translation>
    </message>
</context>
<context>
    <name>cb::ConnectionInfo</name>
    <message>
        <source>A database address starts with postgresql://</source>
        <translation>数据库地址以 postgresql:// 开头</translation>
    </message>
    <message>
        <source>The database address is not a valid URL (postgresql://user@host:port/database).</source>
        <translation>数据库地址不是有效的 URL（postgresql://用户@主机:端口/数据库）。</translation>
    </message>
    <message>
        <source>The database address names no database (postgresql://host/database).</source>
        <translation>数据库地址未指明数据库（postgresql://主机/数据库）。</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot; (disable, allow, prefer, require, verify-ca, verify-full).</source>
        <translation>未知的 sslmode“%1”（disable、allow、prefer、require、verify-ca、verify-full）。</translation>
    </message>
    <message>
        <source>The schema name &quot;%1&quot; is not accepted: use lower-case letters, digits and _.</source>
        <translation>不接受模式名“%1”：请使用小写字母、数字和 _。</translation>
    </message>
    <message>
        <source>Unknown database address option &quot;%1&quot; (sslmode, schema, host).</source>
        <translation>未知的数据库地址选项“%1”（sslmode、schema、host）。</translation>
    </message>
</context>
<context>
    <name>cb::CsvReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>文件未以读取方式打开。</translation>
    </message>
    <message>
        <source>The file contains NUL bytes: it looks like a binary file, not CSV text.</source>
        <translation>文件包含 NUL 字节：它看起来是二进制文件，而不是 CSV 文本。</translation>
    </message>
    <message>
        <source>This build of CityBridge cannot decode %1 text.</source>
        <translation>此版本的 CityBridge 无法解码 %1 文本。</translation>
    </message>
    <message>
        <source>The delimiter cannot be a quote or a line break.</source>
        <translation>分隔符不能是引号或换行符。</translation>
    </message>
    <message>
        <source>Sheet1</source>
        <translation>工作表1</translation>
    </message>
    <message>
        <source>The CSV file was not opened.</source>
        <translation>CSV 文件未打开。</translation>
    </message>
    <message>
        <source>This stream cannot go back to its first row; open the file again.</source>
        <translation>此数据流无法返回第一行；请重新打开文件。</translation>
    </message>
    <message>
        <source>Cannot go back to the start of the file: %1</source>
        <translation>无法返回文件开头：%1</translation>
    </message>
    <message>
        <source>A CSV file has one sheet; there is no sheet %1.</source>
        <translation>CSV 文件只有一个工作表；不存在工作表 %1。</translation>
    </message>
    <message>
        <source>The table has more than %1 cells; read fewer rows or split the file.</source>
        <translation>表格超过 %1 个单元格；请读取较少的行或拆分文件。</translation>
    </message>
    <message>
        <source>The file is not valid %1 text here (the encoding was detected from its beginning); choose the file&apos;s encoding, or allow replacement characters.</source>
        <translation>文件此处不是有效的 %1 文本（编码是根据文件开头检测的）；请选择文件的编码，或允许使用替换字符。</translation>
    </message>
    <message>
        <source>The file is not valid %1 text here; choose another encoding, or allow replacement characters.</source>
        <translation>文件此处不是有效的 %1 文本；请选择其他编码，或允许使用替换字符。</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>某个字段超过 %1 个字符。</translation>
    </message>
    <message>
        <source>A row has more than %1 columns.</source>
        <translation>某一行超过 %1 列。</translation>
    </message>
    <message>
        <source>A quoted field opened on line %1 is not closed before the end of the file.</source>
        <translation>第 %1 行开始的带引号字段在文件结束前未闭合。</translation>
    </message>
</context>
<context>
    <name>cb::CsvTableWriter</name>
    <message>
        <source>The CSV file is not open for writing.</source>
        <translation>CSV 文件未打开，无法写入。</translation>
    </message>
    <message>
        <source>Could not write the CSV data: %1</source>
        <translation>无法写入 CSV 数据：%1</translation>
    </message>
</context>
<context>
    <name>cb::Database</name>
    <message>
        <source>The workspace file %1 does not exist.</source>
        <translation>工作区文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The workspace file %1 cannot be read.</source>
        <translation>无法读取工作区文件 %1。</translation>
    </message>
    <message>
        <source>%1 is not a CityBridge workspace (it is not an SQLite database).</source>
        <translation>%1 不是 CityBridge 工作区（它不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read: %2</source>
        <translation>%1 已损坏，无法读取：%2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a CityBridge workspace.</source>
        <translation>%1 是 SQLite 数据库，但不是 CityBridge 工作区。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CityBridge (schema %2; this program reads up to %3). Please update CityBridge.</source>
        <translation>%1 由更新版本的 CityBridge 写入（架构版本 %2；本程序最高可读取 %3）。请更新 CityBridge。</translation>
    </message>
    <message>
        <source>%1 is damaged (the integrity check failed: %2). Restore it from a backup.</source>
        <translation>%1 已损坏（完整性检查失败：%2）。请从备份中恢复。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 已存在；请选择其他文件名。</translation>
    </message>
    <message>
        <source>Could not create the workspace %1: %2</source>
        <translation>无法创建工作区 %1：%2</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only; open it read-only or copy it first.</source>
        <translation>工作区 %1 为只读；请以只读方式打开，或先复制一份。</translation>
    </message>
    <message>
        <source>The workspace needs an upgrade, but the backup before it failed: %1</source>
        <translation>工作区需要升级，但升级前的备份失败：%1</translation>
    </message>
    <message>
        <source>Could not upgrade the workspace %1: %2</source>
        <translation>无法升级工作区 %1：%2</translation>
    </message>
    <message>
        <source>%1 uses an older schema (%2) and must be upgraded before it can be read.</source>
        <translation>%1 使用旧版架构（%2），必须升级后才能读取。</translation>
    </message>
    <message>
        <source>Migration to version %1 failed: %2</source>
        <translation>迁移到版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>%1 could not be checked within %2 seconds; it may be damaged or made to stall CityBridge. It was not opened.</source>
        <translation>无法在 %2 秒内完成对 %1 的检查；该文件可能已损坏，或被刻意制作来拖住 CityBridge。未打开该文件。</translation>
    </message>
    <message>
        <source>%1 has no known CityBridge schema version (%2); it cannot be opened.</source>
        <translation>%1 没有已知的 CityBridge 数据结构版本（%2）；无法打开。</translation>
    </message>
    <message>
        <source>%1 is not a workspace as CityBridge makes it (%2); it was not opened.</source>
        <translation>%1 不是 CityBridge 所创建的那种工作区（%2）；未打开该文件。</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation>缺少表 %1</translation>
    </message>
    <message>
        <source>the index %1 is missing</source>
        <translation>缺少索引 %1</translation>
    </message>
    <message>
        <source>the trigger %1 is missing</source>
        <translation>缺少触发器 %1</translation>
    </message>
    <message>
        <source>the definition of the table %1 was changed</source>
        <translation>表 %1 的定义已被更改</translation>
    </message>
    <message>
        <source>the definition of the index %1 was changed</source>
        <translation>索引 %1 的定义已被更改</translation>
    </message>
    <message>
        <source>the definition of the trigger %1 was changed</source>
        <translation>触发器 %1 的定义已被更改</translation>
    </message>
    <message>
        <source>it contains a view %1 that CityBridge does not make</source>
        <translation>其中含有 CityBridge 不会创建的视图 %1</translation>
    </message>
    <message>
        <source>it contains a trigger %1 that CityBridge does not make</source>
        <translation>其中含有 CityBridge 不会创建的触发器 %1</translation>
    </message>
    <message>
        <source>it contains an index %1 that CityBridge does not make</source>
        <translation>其中含有 CityBridge 不会创建的索引 %1</translation>
    </message>
    <message>
        <source>it contains a table %1 that CityBridge does not make</source>
        <translation>其中含有 CityBridge 不会创建的表 %1</translation>
    </message>
    <message>
        <source>the schema of version %1 is unknown to this program</source>
        <translation>本程序不认识版本 %1 的数据结构</translation>
    </message>
    <message>
        <source>its schema cannot be read: %1</source>
        <translation>无法读取其数据结构：%1</translation>
    </message>
    <message>
        <source>%1 cannot be opened safely: %2</source>
        <translation>无法安全地打开 %1：%2</translation>
    </message>
    <message>
        <source>the SQLite connection is not available</source>
        <translation>SQLite 连接不可用</translation>
    </message>
    <message>
        <source>SQLite&apos;s defensive mode could not be switched on</source>
        <translation>无法开启 SQLite 的防御模式</translation>
    </message>
    <message>
        <source>triggers and views could not be switched off</source>
        <translation>无法关闭触发器和视图</translation>
    </message>
    <message>
        <source>The workspace %1 is being changed by another CityBridge window or program; try again in a moment. Nothing was saved.</source>
        <translation>工作区 %1 正在被另一个 CityBridge 窗口或程序修改；请稍后再试。未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>cb::DecisionEdits</name>
    <message>
        <source>The partnership no longer exists in this workspace.</source>
        <translation>该伙伴关系已不在此工作区中。</translation>
    </message>
    <message>
        <source>A partnership joins two different actors.</source>
        <translation>伙伴关系须连接两个不同的行动方。</translation>
    </message>
    <message>
        <source>A rule applies to two different actors.</source>
        <translation>规则适用于两个不同的行动方。</translation>
    </message>
    <message>
        <source>Say why the pair is declined.</source>
        <translation>请说明拒绝该城市对的原因。</translation>
    </message>
    <message>
        <source>The pair has no such rule to clear.</source>
        <translation>该城市对没有可清除的此类规则。</translation>
    </message>
    <message>
        <source>Unknown partnership stage: %1</source>
        <translation>未知的伙伴关系阶段：%1</translation>
    </message>
    <message>
        <source>The date of a stage change must be a valid day, not in the future.</source>
        <translation>阶段变更的日期必须是有效日期，且不能晚于今天。</translation>
    </message>
    <message>
        <source>The partnership is already at this stage.</source>
        <translation>该伙伴关系已处于此阶段。</translation>
    </message>
</context>
<context>
    <name>cb::DormancyPolicy</name>
    <message>
        <source>The number of months without activity must be a whole number from %1 to %2.</source>
        <translation>无活动的月数必须是 %1 到 %2 之间的整数。</translation>
    </message>
</context>
<context>
    <name>cb::Editing</name>
    <message>
        <source>The actor has no identifier.</source>
        <translation>该行动方没有标识符。</translation>
    </message>
    <message>
        <source>The actor “%1” no longer exists in this workspace.</source>
        <translation>行动方“%1”已不在此工作区中。</translation>
    </message>
</context>
<context>
    <name>cb::EntityResolver</name>
    <message>
        <source>%1 (%2, %3; population %4; gazetteer)</source>
        <translation>%1（%2，%3；人口 %4；地名库）</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>%1 (%2, %3; in the workspace)</source>
        <translation>%1（%2，%3；已在工作区中）</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>名称为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of several entries of the workspace.</source>
        <translation>工作区中有多个条目名为“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of several cities of the gazetteer.</source>
        <translation>地名库中有多个城市名为“%1”。</translation>
    </message>
    <message>
        <source>No city or institution called &quot;%1&quot; was found in the workspace or the gazetteer.</source>
        <translation>在工作区和地名库中都没有找到名为“%1”的城市或机构。</translation>
    </message>
</context>
<context>
    <name>cb::EventEdit</name>
    <message>
        <source>The event no longer exists in this workspace.</source>
        <translation>该活动已不在此工作区中。</translation>
    </message>
    <message>
        <source>Survey respondent groups refer to this event; it cannot be removed.</source>
        <translation>有调查受访者群组引用了此活动，无法删除。</translation>
    </message>
</context>
<context>
    <name>cb::EventRepository</name>
    <message>
        <source>An event needs a title.</source>
        <translation>活动需要标题。</translation>
    </message>
    <message>
        <source>This event no longer exists; reload the events and try again.</source>
        <translation>此活动已不存在；请重新加载活动后再试。</translation>
    </message>
</context>
<context>
    <name>cb::Explanation</name>
    <message>
        <source>Shared priorities</source>
        <translation>共同优先事项</translation>
    </message>
    <message>
        <source>Complementarity</source>
        <translation>互补性</translation>
    </message>
    <message>
        <source>Expressed interest</source>
        <translation>表达的意向</translation>
    </message>
    <message>
        <source>Shared context</source>
        <translation>共同背景</translation>
    </message>
    <message>
        <source>%1 of %2 survey respondents</source>
        <translation>%2 名调查受访者中有 %1 名</translation>
    </message>
    <message>
        <source>through an institution that speaks for it</source>
        <translation>通过代表其发言的机构</translation>
    </message>
    <message>
        <source>%1 wants to work with %2</source>
        <translation>%1希望与%2合作</translation>
    </message>
    <message>
        <source>%1 wants to work with cities in %2</source>
        <translation>%1希望与%2的城市合作</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation>，领域：%1</translation>
    </message>
    <message>
        <source>Both took part in %1 (%2)</source>
        <translation>双方都参加了%1（%2）</translation>
    </message>
    <message>
        <source>Both are linked to %1</source>
        <translation>双方都与%1有联系</translation>
    </message>
    <message>
        <source>Distance: %1 km</source>
        <translation>距离：%1 公里</translation>
    </message>
    <message>
        <source>Shared office hours (09:00–17:00): %1 h</source>
        <translation>重叠办公时间（09:00–17:00）：%1 小时</translation>
    </message>
</context>
<context>
    <name>cb::ExportTables</name>
    <message>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Stable ID</source>
        <translation>固定标识</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Name (Spanish)</source>
        <translation>名称（西班牙文）</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>当地名称</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>国家代码</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Province or state</source>
        <translation>省或州</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Population year</source>
        <translation>人口统计年份</translation>
    </message>
    <message>
        <source>Area (km²)</source>
        <translation>面积（平方公里）</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>GeoNames ID</source>
        <translation>GeoNames 编号</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>意向</translation>
    </message>
    <message>
        <source>From</source>
        <translation>表达方</translation>
    </message>
    <message>
        <source>From country</source>
        <translation>来源国家</translation>
    </message>
    <message>
        <source>Respondent group</source>
        <translation>受访者群体</translation>
    </message>
    <message>
        <source>To</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>To country</source>
        <translation>对象国家</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及次数</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>伙伴关系</translation>
    </message>
    <message>
        <source>Partner A</source>
        <translation>伙伴 A</translation>
    </message>
    <message>
        <source>Country A</source>
        <translation>国家 A</translation>
    </message>
    <message>
        <source>Partner B</source>
        <translation>伙伴 B</translation>
    </message>
    <message>
        <source>Country B</source>
        <translation>国家 B</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>Next action due</source>
        <translation>下一步截止日期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Score for A</source>
        <translation>对 A 的得分</translation>
    </message>
    <message>
        <source>Score for B</source>
        <translation>对 B 的得分</translation>
    </message>
    <message>
        <source>Shared themes</source>
        <translation>共同主题</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>距离（公里）</translation>
    </message>
    <message>
        <source>ID A</source>
        <translation>编号 A</translation>
    </message>
    <message>
        <source>ID B</source>
        <translation>编号 B</translation>
    </message>
</context>
<context>
    <name>cb::Exporter</name>
    <message>
        <source>No file name was given for the export.</source>
        <translation>未指定导出文件名。</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name for the export.</source>
        <translation>%1 是一个文件夹：请为导出指定文件名。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: the file is read-only.</source>
        <translation>无法写入 %1：该文件为只读。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 is not writable.</source>
        <translation>无法写入 %1：文件夹 %2 不可写。</translation>
    </message>
    <message>
        <source>A CSV file holds one table: export the network as XLSX, GeoJSON or GraphML, or one table as CSV.</source>
        <translation>一个 CSV 文件只能容纳一张表：请将网络导出为 XLSX、GeoJSON 或 GraphML，或将单张表导出为 CSV。</translation>
    </message>
    <message>
        <source>GraphML holds the whole network: export &quot;network&quot; as GraphML.</source>
        <translation>GraphML 用于整个网络：请以 GraphML 格式导出“network”。</translation>
    </message>
    <message>
        <source>Institutions have no place on the map: export them as CSV or XLSX.</source>
        <translation>机构在地图上没有位置：请将其导出为 CSV 或 XLSX。</translation>
    </message>
    <message>
        <source>There are no proposals to export: run the matching first.</source>
        <translation>没有可导出的提案：请先运行匹配。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>not all of the data could be written (is the disk full?)</source>
        <translation>未能写入全部数据（磁盘是否已满？）</translation>
    </message>
</context>
<context>
    <name>cb::Gazetteer</name>
    <message>
        <source>The bundled gazetteer cannot be read: %1</source>
        <translation>无法读取内置地名库：%1</translation>
    </message>
    <message>
        <source>The gazetteer has no column “%1”.</source>
        <translation>地名库缺少“%1”列。</translation>
    </message>
    <message>
        <source>Line %1 of the gazetteer is malformed.</source>
        <translation>地名库第 %1 行格式有误。</translation>
    </message>
</context>
<context>
    <name>cb::GeoJsonNetworkWriter</name>
    <message>
        <source>The GeoJSON file is not open for writing.</source>
        <translation>GeoJSON 文件未打开，无法写入。</translation>
    </message>
    <message>
        <source>Could not write the GeoJSON data: %1</source>
        <translation>无法写入 GeoJSON 数据：%1</translation>
    </message>
</context>
<context>
    <name>cb::GraphMlNetworkWriter</name>
    <message>
        <source>The GraphML file is not open for writing.</source>
        <translation>GraphML 文件未打开，无法写入。</translation>
    </message>
    <message>
        <source>Could not write the GraphML data: %1</source>
        <translation>无法写入 GraphML 数据：%1</translation>
    </message>
</context>
<context>
    <name>cb::ImportEdit</name>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Import stopped at row %1 (test).</source>
        <translation>导入在第 %1 行停止（测试）。</translation>
    </message>
    <message>
        <source>The city or institution %1 is no longer in the workspace.</source>
        <translation>城市或机构 %1 已不在工作区中。</translation>
    </message>
</context>
<context>
    <name>cb::ImportPlan</name>
    <message numerus="yes">
        <source>File: %1 (%n data row(s))</source>
        <translation>
            <numerusform>文件：%1（%n 行数据）</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1 (already in the workspace)</source>
        <translation>来源：%1（已在工作区中）</translation>
    </message>
    <message>
        <source>Source: %1 (new survey source)</source>
        <translation>来源：%1（新的调查来源）</translation>
    </message>
    <message numerus="yes">
        <source>To add: %n new city or institution(s),</source>
        <translation>
            <numerusform>将添加：%n 个新城市或机构，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n priority(ies),</source>
        <translation>
            <numerusform>%n 项优先事项，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s),</source>
        <translation>
            <numerusform>%n 项可提供的资源/经验，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interest(s).</source>
        <translation>
            <numerusform>%n 项意向。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in the workspace, not added again: %n statement(s) or interest(s).</source>
        <translation>
            <numerusform>已在工作区中、不会重复添加：%n 项陈述或意向。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped by choice: %n row(s).</source>
        <translation>
            <numerusform>按选择跳过：%n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows with problems, left out: %1.</source>
        <translation>有问题而未导入的行：%1。</translation>
    </message>
    <message>
        <source>Names to confirm: %1.</source>
        <translation>待确认的名称：%1。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3): %4</source>
        <translation>第 %1 行，第 %2 列（%3）：%4</translation>
    </message>
</context>
<context>
    <name>cb::ImportPlanner</name>
    <message>
        <source>Survey answers imported from %1</source>
        <translation>从 %1 导入的调查答复</translation>
    </message>
    <message>
        <source>No column is mapped to the city or institution name.</source>
        <translation>没有列映射到城市或机构名称。</translation>
    </message>
    <message>
        <source>The city or institution name is empty.</source>
        <translation>城市或机构名称为空。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country.</source>
        <translation>“%1”不是已知的国家。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>“%1”不是日期。</translation>
    </message>
    <message>
        <source>The mapping names the theme &quot;%1&quot;, which this workspace does not have.</source>
        <translation>映射中指定的主题“%1”在此工作区中不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a theme of this workspace.</source>
        <translation>“%1”不是此工作区的主题。</translation>
    </message>
</context>
<context>
    <name>cb::InterestEdit</name>
    <message>
        <source>The interest was changed elsewhere; reload and try again.</source>
        <translation>该意向已在别处被修改；请重新加载后再试。</translation>
    </message>
</context>
<context>
    <name>cb::MapExporter</name>
    <message>
        <source>The map could not be rendered as PNG.</source>
        <translation>无法将地图渲染为 PNG。</translation>
    </message>
    <message>
        <source>The map size is empty.</source>
        <translation>地图尺寸为空。</translation>
    </message>
    <message>
        <source>CityBridge map</source>
        <translation>CityBridge 地图</translation>
    </message>
    <message>
        <source>The SVG generator could not start.</source>
        <translation>SVG 生成器无法启动。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: use a .png or .svg file name.</source>
        <translation>无法判断 %1 的格式：请使用以 .png 或 .svg 结尾的文件名。</translation>
    </message>
</context>
<context>
    <name>cb::MapFilter</name>
    <message>
        <source>No theme was given.</source>
        <translation>未指定主题。</translation>
    </message>
    <message>
        <source>No theme is called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的主题。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several themes: %2.</source>
        <translation>“%1”与多个主题匹配：%2。</translation>
    </message>
    <message>
        <source>No country or region is called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的国家或地区。</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>已提议</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>exploratory exchange</source>
        <translation>探索性交流</translation>
    </message>
    <message>
        <source>friendship MoU</source>
        <translation>友好合作谅解备忘录</translation>
    </message>
    <message>
        <source>pilot project</source>
        <translation>试点项目</translation>
    </message>
    <message>
        <source>formal agreement</source>
        <translation>正式协议</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>非洲</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>美洲</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>亚洲</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>欧洲</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>大洋洲</translation>
    </message>
    <message>
        <source>International</source>
        <translation>国际</translation>
    </message>
</context>
<context>
    <name>cb::MapRenderer</name>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Partnership: proposed</source>
        <translation>伙伴关系：已提议</translation>
    </message>
    <message>
        <source>Partnership: contacted</source>
        <translation>伙伴关系：已联系</translation>
    </message>
    <message>
        <source>Partnership: meeting held</source>
        <translation>伙伴关系：已会晤</translation>
    </message>
    <message>
        <source>Partnership: agreement signed</source>
        <translation>伙伴关系：已签署协议</translation>
    </message>
    <message>
        <source>Partnership: active</source>
        <translation>伙伴关系：活跃</translation>
    </message>
    <message>
        <source>Partnership: dormant</source>
        <translation>伙伴关系：休眠</translation>
    </message>
    <message>
        <source>Partnership: declined</source>
        <translation>伙伴关系：已拒绝</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>伙伴关系</translation>
    </message>
    <message>
        <source>Expressed interest</source>
        <translation>表达的意向</translation>
    </message>
    <message>
        <source>Proposed pairing</source>
        <translation>提议的配对</translation>
    </message>
    <message>
        <source>Twin towns</source>
        <translation>友好城市</translation>
    </message>
    <message>
        <source>Partnership: candidate</source>
        <translation>伙伴关系：候选</translation>
    </message>
    <message>
        <source>Partnership: exploratory exchange</source>
        <translation>伙伴关系：探索性交流</translation>
    </message>
    <message>
        <source>Partnership: friendship MoU</source>
        <translation>伙伴关系：友好合作谅解备忘录</translation>
    </message>
    <message>
        <source>Partnership: pilot project</source>
        <translation>伙伴关系：试点项目</translation>
    </message>
    <message>
        <source>Partnership: formal agreement</source>
        <translation>伙伴关系：正式协议</translation>
    </message>
    <message>
        <source>Partnership: closed</source>
        <translation>伙伴关系：已结束</translation>
    </message>
    <message>
        <source>Survey respondents (group)</source>
        <translation>调查受访者（群体）</translation>
    </message>
</context>
<context>
    <name>cb::MapSceneBuilder</name>
    <message>
        <source>Survey respondents</source>
        <translation>调查受访者</translation>
    </message>
    <message>
        <source>Survey: %1</source>
        <translation>调查：%1</translation>
    </message>
    <message>
        <source>Interest map</source>
        <translation>意向地图</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>partnerships %1</source>
        <translation>伙伴关系：%1</translation>
    </message>
    <message>
        <source>Top themes: %1</source>
        <translation>主要主题：%1</translation>
    </message>
    <message>
        <source>Interests expressed: %1, received: %2</source>
        <translation>表达的意向：%1，收到的意向：%2</translation>
    </message>
    <message>
        <source>Partnerships: %1</source>
        <translation>伙伴关系：%1</translation>
    </message>
    <message>
        <source>Map: Natural Earth. Data: CityBridge workspace, UNOSSC Cities Project</source>
        <translation>地图：Natural Earth。数据：CityBridge 工作区，联合国南南合作办公室城市项目</translation>
    </message>
    <message>
        <source>Partnership stage: %1</source>
        <translation>伙伴关系阶段：%1</translation>
    </message>
    <message>
        <source>Proposed pairing, score %1</source>
        <translation>提议的城市对，得分 %1</translation>
    </message>
    <message>
        <source>No member city is recorded: placed among the country&apos;s cities.</source>
        <translation>未记录成员城市：标注在该国城市之间。</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>成员：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s) named this partner</source>
        <translation>
            <numerusform>%n 名受访者提到了这个合作伙伴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expressed interest(s)</source>
        <translation>
            <numerusform>%n 项表达的意向</numerusform>
        </translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>Latest evidence: %1</source>
        <translation>最新依据：%1</translation>
    </message>
    <message>
        <source>Interest in a whole country: %1</source>
        <translation>对整个国家的意向：%1</translation>
    </message>
</context>
<context>
    <name>cb::MatchSettings</name>
    <message>
        <source>Every weight must be a number of zero or more.</source>
        <translation>每个权重都必须是大于或等于零的数。</translation>
    </message>
    <message>
        <source>At least one weight must be above zero.</source>
        <translation>至少一个权重必须大于零。</translation>
    </message>
    <message>
        <source>The half-life must be a positive number of months.</source>
        <translation>半衰期必须是正数（以月计）。</translation>
    </message>
    <message>
        <source>The broad-theme factor must be at least 0 and below 1.</source>
        <translation>宽泛主题系数必须大于或等于 0 且小于 1。</translation>
    </message>
    <message>
        <source>The partner limit per city must be between 1 and 50.</source>
        <translation>每个城市的合作伙伴上限必须在 1 到 50 之间。</translation>
    </message>
    <message>
        <source>The cap per pair of countries cannot be negative.</source>
        <translation>每对国家的上限不能为负数。</translation>
    </message>
    <message>
        <source>The number of ranked partners per city must be between 1 and 1000.</source>
        <translation>每个城市的排名合作伙伴数必须在 1 到 1000 之间。</translation>
    </message>
    <message>
        <source>The minimum score must be at least 0 and below 1.</source>
        <translation>最低分数必须大于或等于 0 且小于 1。</translation>
    </message>
</context>
<context>
    <name>cb::MatrixExporter</name>
    <message>
        <source>The table is empty: no city has evidence under the current filter.</source>
        <translation>表格为空：在当前筛选条件下没有城市有依据。</translation>
    </message>
    <message>
        <source>The picture is too large to render.</source>
        <translation>图片太大，无法绘制。</translation>
    </message>
    <message>
        <source>The table could not be rendered as PNG.</source>
        <translation>无法将表格绘制为 PNG。</translation>
    </message>
    <message>
        <source>The SVG generator could not start.</source>
        <translation>SVG 生成器无法启动。</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: use a .png or .svg file name.</source>
        <translation>无法判断 %1 的格式：请使用以 .png 或 .svg 结尾的文件名。</translation>
    </message>
</context>
<context>
    <name>cb::MergeEdit</name>
    <message>
        <source>Merge %1</source>
        <translation>合并 %1</translation>
    </message>
    <message>
        <source>The city or institution %1 is no longer in the workspace.</source>
        <translation>城市或机构 %1 已不在工作区中。</translation>
    </message>
</context>
<context>
    <name>cb::OdsReader</name>
    <message>
        <source>The spreadsheet&apos;s content.xml is damaged: %1 (line %2).</source>
        <translation>电子表格的 content.xml 已损坏：%1（第 %2 行）。</translation>
    </message>
    <message>
        <source>The file is an OpenDocument file of type %1, not a spreadsheet.</source>
        <translation>该文件是类型为 %1 的 OpenDocument 文件，不是电子表格。</translation>
    </message>
    <message>
        <source>The file is not an OpenDocument spreadsheet: it has no content.xml.</source>
        <translation>该文件不是 OpenDocument 电子表格：它没有 content.xml。</translation>
    </message>
    <message>
        <source>The spreadsheet has no sheets.</source>
        <translation>电子表格中没有工作表。</translation>
    </message>
    <message>
        <source>The spreadsheet was not opened.</source>
        <translation>电子表格未打开。</translation>
    </message>
    <message>
        <source>The spreadsheet has no sheet %1.</source>
        <translation>电子表格中没有工作表 %1。</translation>
    </message>
    <message>
        <source>A row has more than %1 columns.</source>
        <translation>某一行超过 %1 列。</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>某个字段超过 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>cb::OpenWorkspaceStore</name>
    <message>
        <source>The database %1 already holds a workspace; nothing was changed.</source>
        <translation>数据库 %1 中已有工作区；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>cb::PostgresDatabase</name>
    <message>
        <source>The database %1 holds other tables and no CityBridge workspace; nothing was changed.</source>
        <translation>数据库 %1 中有其他表，但没有 CityBridge 工作区；未做任何更改。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of CityBridge (schema %2; this program reads up to %3). Please update CityBridge.</source>
        <translation>数据库 %1 由更新版本的 CityBridge 写入（模式 %2；本程序最多读取到 %3）。请更新 CityBridge。</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>The schema %1 does not exist in %2.</source>
        <translation>%2 中不存在模式 %1。</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed: %2</source>
        <translation>将数据库更新到模式 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>cb::References</name>
    <message>
        <source>%1 refers to an unknown entry &quot;%2&quot;.</source>
        <translation>%1 引用了未知条目“%2”。</translation>
    </message>
</context>
<context>
    <name>cb::SheetRowCollector</name>
    <message>
        <source>The sheet has data beyond row %1, the most a spreadsheet can hold.</source>
        <translation>工作表在第 %1 行之后仍有数据，超出了电子表格所能容纳的最大行数。</translation>
    </message>
    <message>
        <source>A row has more than %1 columns.</source>
        <translation>某一行超过 %1 列。</translation>
    </message>
    <message>
        <source>The sheet has more than %1 cells; read fewer rows or split the file.</source>
        <translation>工作表超过 %1 个单元格；请读取较少的行或拆分文件。</translation>
    </message>
</context>
<context>
    <name>cb::SqlActorRepository</name>
    <message>
        <source>An actor needs a name.</source>
        <translation>行动方需要名称。</translation>
    </message>
    <message>
        <source>Coordinates are out of range (latitude -90..90, longitude -180..180).</source>
        <translation>坐标超出范围（纬度 -90..90，经度 -180..180）。</translation>
    </message>
    <message>
        <source>An actor cannot belong to itself.</source>
        <translation>行动方不能隶属于自身。</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since it was loaded; reload it and try again.</source>
        <translation>此记录在加载后已被其他地方修改；请重新加载后再试。</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Name (Spanish)</source>
        <translation>名称（西班牙文）</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>隶属于</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>其他名称</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
</context>
<context>
    <name>cb::SqlEvidenceRepository</name>
    <message>
        <source>A respondent group needs at least one respondent.</source>
        <translation>受访者群组至少需要一名受访者。</translation>
    </message>
    <message>
        <source>A weight must be between 0 and 1.</source>
        <translation>权重必须在 0 到 1 之间。</translation>
    </message>
    <message>
        <source>A priority or offer belongs to exactly one actor or respondent group.</source>
        <translation>每项优先事项或可提供的资源/经验必须且只能属于一个行动方或受访者群组。</translation>
    </message>
    <message>
        <source>A strength must be between 0 and 1.</source>
        <translation>强度必须在 0 到 1 之间。</translation>
    </message>
    <message>
        <source>An actor cannot express interest in itself.</source>
        <translation>行动方不能对自身表达意向。</translation>
    </message>
    <message>
        <source>An interest needs one origin (actor or respondent group) and one target (actor or country).</source>
        <translation>意向需要一个发起方（行动方或受访者群组）和一个对象（行动方或国家）。</translation>
    </message>
    <message>
        <source>This respondent group no longer exists; reload it and try again.</source>
        <translation>此受访者群组已不存在；请重新加载后再试。</translation>
    </message>
    <message>
        <source>This priority or offer no longer exists; reload it and try again.</source>
        <translation>此优先事项或可提供的资源/经验已不存在；请重新加载后再试。</translation>
    </message>
</context>
<context>
    <name>cb::SqlPipelineRepository</name>
    <message>
        <source>A partnership joins two different actors.</source>
        <translation>伙伴关系须连接两个不同的行动方。</translation>
    </message>
    <message>
        <source>Unknown partnership stage: %1</source>
        <translation>未知的伙伴关系阶段：%1</translation>
    </message>
    <message>
        <source>The partnership could not be saved: %1</source>
        <translation>无法保存伙伴关系：%1</translation>
    </message>
    <message>
        <source>This partnership was changed elsewhere since it was loaded; reload it and try again.</source>
        <translation>此伙伴关系在加载后已被其他地方修改；请重新加载后再试。</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>备注不能为空。</translation>
    </message>
    <message>
        <source>A pair rule joins two different actors.</source>
        <translation>配对规则须连接两个不同的行动方。</translation>
    </message>
    <message>
        <source>The partnership %1 – %2</source>
        <translation>伙伴关系 %1 – %2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>Next action due</source>
        <translation>下一步截止日期</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>cb::StatementEdit</name>
    <message>
        <source>The priority or offer was changed elsewhere; reload and try again.</source>
        <translation>该优先事项或可提供的资源/经验已在别处被修改；请重新加载后再试。</translation>
    </message>
</context>
<context>
    <name>cb::StoreConflict</name>
    <message>
        <source>%1 was changed elsewhere since it was loaded (stored version %2, yours %3); nothing was saved.</source>
        <translation>%1 在加载后已在别处被修改（已存储版本 %2，您的版本 %3）；未保存任何内容。</translation>
    </message>
    <message>
        <source>The stored values equal yours: reload it and save again.</source>
        <translation>已存储的值与您的相同：请重新加载后再保存。</translation>
    </message>
    <message>
        <source>%1: stored %2, yours %3</source>
        <translation>%1：已存储 %2，您的 %3</translation>
    </message>
    <message>
        <source>Reload it to see the stored version, then make your change again.</source>
        <translation>请重新加载以查看已存储的版本，然后再次进行您的修改。</translation>
    </message>
</context>
<context>
    <name>cb::SurveyFile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>There is no sheet %1; the file has %n sheet(s).</source>
        <translation>
            <numerusform>没有第 %1 个工作表；该文件共有 %n 个工作表。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::TableReader</name>
    <message>
        <source>The document has a type declaration (DTD), which spreadsheet files never contain.</source>
        <translation>该文档包含类型声明（DTD），而电子表格文件从不包含类型声明。</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>cb::WorkspaceMerge</name>
    <message>
        <source>The package %1 cannot be read: %2</source>
        <translation>无法读取数据包 %1：%2</translation>
    </message>
    <message>
        <source>The workspace cannot be read: %1</source>
        <translation>无法读取工作区：%1</translation>
    </message>
    <message>
        <source>City or institution</source>
        <translation>城市或机构</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Respondent group</source>
        <translation>受访者群体</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>伙伴关系</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙文</translation>
    </message>
    <message>
        <source>native</source>
        <translation>本地语言</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Heritage</source>
        <translation>遗产</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>产业部门</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Population year</source>
        <translation>人口统计年份</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Area in square kilometres</source>
        <translation>面积（平方公里）</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Province or state</source>
        <translation>省或州</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>Next action due</source>
        <translation>下一步截止日期</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>cb::WorkspacePackage</name>
    <message>
        <source>No file was given for the package.</source>
        <translation>未指定数据包文件。</translation>
    </message>
    <message>
        <source>The package cannot be written over the workspace it is made from.</source>
        <translation>数据包不能覆盖其来源工作区。</translation>
    </message>
    <message>
        <source>A temporary folder could not be created: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>The workspace could not be copied: %1</source>
        <translation>无法复制工作区：%1</translation>
    </message>
    <message>
        <source>The copy of the workspace could not be opened: %1</source>
        <translation>无法打开工作区副本：%1</translation>
    </message>
    <message>
        <source>The package marker could not be written: %1</source>
        <translation>无法写入数据包标记：%1</translation>
    </message>
    <message>
        <source>The package could not be finished.</source>
        <translation>无法完成数据包。</translation>
    </message>
    <message>
        <source>The package failed its check: %1</source>
        <translation>数据包未通过检查：%1</translation>
    </message>
    <message>
        <source>The package could not be read back: %1</source>
        <translation>无法回读数据包：%1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The package %1 does not exist.</source>
        <translation>数据包 %1 不存在。</translation>
    </message>
    <message>
        <source>The package %1 cannot be opened: %2</source>
        <translation>无法打开数据包 %1：%2</translation>
    </message>
    <message>
        <source>The package %1 cannot be read: %2</source>
        <translation>无法读取数据包 %1：%2</translation>
    </message>
</context>
<context>
    <name>cb::WorldGeometry</name>
    <message>
        <source>Cannot open the map file %1: %2</source>
        <translation>无法打开地图文件 %1：%2</translation>
    </message>
    <message>
        <source>The map file is not valid JSON: %1</source>
        <translation>地图文件不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>The map file is not a GeoJSON FeatureCollection.</source>
        <translation>地图文件不是 GeoJSON FeatureCollection。</translation>
    </message>
    <message>
        <source>Invalid geometry for the map feature &quot;%1&quot;.</source>
        <translation>地图要素“%1”的几何形状无效。</translation>
    </message>
    <message>
        <source>The map file holds no countries.</source>
        <translation>地图文件中没有国家。</translation>
    </message>
</context>
<context>
    <name>cb::XlsxReader</name>
    <message>
        <source>The workbook part %1 is damaged: %2 (line %3).</source>
        <translation>工作簿部件 %1 已损坏：%2（第 %3 行）。</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook: it has no %1.</source>
        <translation>该文件不是 Excel 工作簿：它没有 %1。</translation>
    </message>
    <message>
        <source>The workbook has no worksheets.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>The workbook lists sheet &quot;%1&quot; but has no part %2.</source>
        <translation>工作簿列出了工作表“%1”，但没有部件 %2。</translation>
    </message>
    <message>
        <source>The workbook was not opened.</source>
        <translation>工作簿未打开。</translation>
    </message>
    <message>
        <source>The workbook has no sheet %1.</source>
        <translation>工作簿中没有工作表 %1。</translation>
    </message>
    <message>
        <source>The worksheet has an invalid row number &quot;%1&quot;.</source>
        <translation>工作表中有无效的行号“%1”。</translation>
    </message>
    <message>
        <source>The worksheet has an invalid cell reference &quot;%1&quot;.</source>
        <translation>工作表中有无效的单元格引用“%1”。</translation>
    </message>
    <message>
        <source>The worksheet has a cell outside any row or column.</source>
        <translation>工作表中有不属于任何行或列的单元格。</translation>
    </message>
    <message>
        <source>The cell refers to shared string &quot;%1&quot;, which the workbook does not have.</source>
        <translation>该单元格引用了共享字符串“%1”，但工作簿中没有该字符串。</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>某个字段超过 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>cb::XlsxTableWriter</name>
    <message>
        <source>The XLSX file is not open for writing.</source>
        <translation>XLSX 文件未打开，无法写入。</translation>
    </message>
    <message>
        <source>There is nothing to write to the workbook.</source>
        <translation>没有可写入工作簿的内容。</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the workbook: %1</source>
        <translation>无法为工作簿创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Could not start the workbook.</source>
        <translation>无法创建工作簿。</translation>
    </message>
    <message>
        <source>Could not build the workbook: %1</source>
        <translation>无法生成工作簿：%1</translation>
    </message>
    <message>
        <source>Could not read the built workbook: %1</source>
        <translation>无法读取已生成的工作簿：%1</translation>
    </message>
    <message>
        <source>Could not write the workbook: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
    <message>
        <source>Could not build the workbook: its temporary file is incomplete (is the disk full?).</source>
        <translation>无法生成工作簿：其临时文件不完整（磁盘是否已满？）。</translation>
    </message>
</context>
<context>
    <name>cb::ZipArchive</name>
    <message>
        <source>The archive is not open for reading.</source>
        <translation>压缩包未以读取方式打开。</translation>
    </message>
    <message>
        <source>A ZIP archive can only be read from a file, not from a stream.</source>
        <translation>ZIP 压缩包只能从文件读取，不能从数据流读取。</translation>
    </message>
    <message>
        <source>The file is too short to be a ZIP archive.</source>
        <translation>文件太短，不可能是 ZIP 压缩包。</translation>
    </message>
    <message>
        <source>Cannot read the ZIP archive: %1</source>
        <translation>无法读取 ZIP 压缩包：%1</translation>
    </message>
    <message>
        <source>The ZIP archive has no central directory; the file is damaged or truncated.</source>
        <translation>ZIP 压缩包没有中央目录；文件已损坏或被截断。</translation>
    </message>
    <message>
        <source>ZIP64 archives (over 4 GiB or 65,535 files) are not supported.</source>
        <translation>不支持 ZIP64 压缩包（超过 4 GiB 或 65,535 个文件）。</translation>
    </message>
    <message>
        <source>Split (multi-volume) ZIP archives are not supported.</source>
        <translation>不支持分卷（多卷）ZIP 压缩包。</translation>
    </message>
    <message>
        <source>The ZIP archive has %1 files, more than the limit of %2.</source>
        <translation>ZIP 压缩包包含 %1 个文件，超过了 %2 个的上限。</translation>
    </message>
    <message>
        <source>The ZIP archive&apos;s central directory lies outside the file; the file is damaged.</source>
        <translation>ZIP 压缩包的中央目录位于文件之外；文件已损坏。</translation>
    </message>
    <message>
        <source>The ZIP archive&apos;s central directory is implausibly large.</source>
        <translation>ZIP 压缩包的中央目录大得不合理。</translation>
    </message>
    <message>
        <source>Cannot read the ZIP archive&apos;s central directory.</source>
        <translation>无法读取 ZIP 压缩包的中央目录。</translation>
    </message>
    <message>
        <source>The ZIP archive&apos;s central directory is damaged.</source>
        <translation>ZIP 压缩包的中央目录已损坏。</translation>
    </message>
    <message>
        <source>The archive has no file %1.</source>
        <translation>压缩包中没有文件 %1。</translation>
    </message>
    <message>
        <source>%1 in the archive is encrypted (password-protected); save the file without a password.</source>
        <translation>压缩包中的 %1 已加密（受密码保护）；请将文件保存为无密码版本。</translation>
    </message>
    <message>
        <source>%1 in the archive uses compression method %2; only stored and deflated files can be read.</source>
        <translation>压缩包中的 %1 使用压缩方法 %2；只能读取未压缩（stored）和 deflate 压缩的文件。</translation>
    </message>
    <message>
        <source>%1 in the archive expands to %2 MiB, more than the limit of %3 MiB.</source>
        <translation>压缩包中的 %1 解压后为 %2 MiB，超过了 %3 MiB 的上限。</translation>
    </message>
    <message>
        <source>%1 in the archive is damaged (its sizes disagree).</source>
        <translation>压缩包中的 %1 已损坏（其大小信息不一致）。</translation>
    </message>
    <message>
        <source>%1 in the archive is damaged (bad local header).</source>
        <translation>压缩包中的 %1 已损坏（本地文件头错误）。</translation>
    </message>
    <message>
        <source>%1 in the archive is truncated.</source>
        <translation>压缩包中的 %1 被截断。</translation>
    </message>
</context>
<context>
    <name>cb::ZipEntryDevice</name>
    <message>
        <source>A file inside an archive can only be read.</source>
        <translation>压缩包内的文件只能读取。</translation>
    </message>
    <message>
        <source>Cannot start decompressing %1.</source>
        <translation>无法开始解压 %1。</translation>
    </message>
    <message>
        <source>%1 in the archive is truncated.</source>
        <translation>压缩包中的 %1 被截断。</translation>
    </message>
    <message>
        <source>%1 in the archive is damaged (%2).</source>
        <translation>压缩包中的 %1 已损坏（%2）。</translation>
    </message>
    <message>
        <source>%1 in the archive expands beyond the size its header declares; the archive is damaged or hostile.</source>
        <translation>压缩包中的 %1 解压后超过其文件头声明的大小；压缩包已损坏或带有恶意。</translation>
    </message>
    <message>
        <source>Reading %1 exceeds the limit of %2 MiB extracted from one archive.</source>
        <translation>读取 %1 超过了单个压缩包 %2 MiB 的解压上限。</translation>
    </message>
    <message>
        <source>%1 in the archive is shorter than its header declares.</source>
        <translation>压缩包中的 %1 比其文件头声明的要短。</translation>
    </message>
    <message>
        <source>%1 in the archive is damaged (CRC mismatch).</source>
        <translation>压缩包中的 %1 已损坏（CRC 校验不匹配）。</translation>
    </message>
</context>
<context>
    <name>cb::app</name>
    <message>
        <source>CityBridge</source>
        <translation>CityBridge</translation>
    </message>
    <message>
        <source>The workspace could not be opened: %1</source>
        <translation>无法打开工作区：%1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, zh or es.</source>
        <translation>未知语言“%1”：请使用 en、zh 或 es。</translation>
    </message>
    <message>
        <source>The team database could not be opened: %1</source>
        <translation>无法打开团队数据库：%1</translation>
    </message>
    <message>
        <source>The password in the address was not used (it would stay in the shell&apos;s history): type it here, or set PGPASSWORD or ~/.pgpass.</source>
        <translation>未使用地址中的密码（它会留在 shell 的历史记录中）：请在此输入，或设置 PGPASSWORD 或 ~/.pgpass。</translation>
    </message>
</context>
<context>
    <name>cb::cli</name>
    <message>
        <source>--cities needs a number of cities between 1 and 1,000,000.</source>
        <translation>--cities 需要 1 到 1,000,000 之间的城市数量。</translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number.</source>
        <translation>--seed 需要一个非负整数。</translation>
    </message>
    <message>
        <source>Usage: citybridge generate --cities N [--seed S] --out FILE</source>
        <translation>用法：citybridge generate --cities N [--seed S] --out FILE</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 已存在；请选择新的文件名。</translation>
    </message>
    <message>
        <source>The workspace could not be written: %1</source>
        <translation>无法写入工作区：%1</translation>
    </message>
    <message>
        <source>Wrote %1 cities, %2 priorities and offers, %3 interests and %4 events to %5 in %6 s.</source>
        <translation>已在 %6 秒内将 %1 个城市、%2 项优先事项和可提供的资源/经验、%3 项意向和 %4 场活动写入 %5。</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message numerus="yes">
        <source>%n city(ies)</source>
        <translation>
            <numerusform>%n 个城市</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s)</source>
        <translation>
            <numerusform>%n 个机构</numerusform>
        </translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Usage: citybridge list cities|institutions|themes [--lang en|zh|es] [--json]</source>
        <translation>用法：citybridge list cities|institutions|themes [--lang en|zh|es] [--json]</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>城市对</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>A→B</source>
        <translation>A→B</translation>
    </message>
    <message>
        <source>B→A</source>
        <translation>B→A</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>距离（公里）</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Why %1 – %2</source>
        <translation>为何推荐 %1 – %2</translation>
    </message>
    <message>
        <source>--as-of needs a date as YYYY-MM-DD, e.g. 2021-01-31.</source>
        <translation>--as-of 需要 YYYY-MM-DD 格式的日期，例如 2021-01-31。</translation>
    </message>
    <message>
        <source>--k needs a whole number of partners per city.</source>
        <translation>--k 需要一个整数，表示每个城市的合作伙伴数。</translation>
    </message>
    <message>
        <source>--top needs a positive whole number.</source>
        <translation>--top 需要一个正整数。</translation>
    </message>
    <message>
        <source>Ranked partners for %1</source>
        <translation>%1 的合作伙伴排名</translation>
    </message>
    <message>
        <source>Evidence up to %1</source>
        <translation>依据截至 %1</translation>
    </message>
    <message numerus="yes">
        <source>Global proposals (%n partner(s) per city, exact optimum)</source>
        <translation>
            <numerusform>全局提案（每个城市 %n 个合作伙伴，精确最优解）</numerusform>
        </translation>
    </message>
    <message>
        <source>Total weight: %1 (greedy: %2)</source>
        <translation>总权重：%1（贪心算法：%2）</translation>
    </message>
    <message>
        <source>Price of %1: %2 with it, %3 without</source>
        <translation>%1 的代价：有此约束 %2，无此约束 %3</translation>
    </message>
    <message>
        <source>took part in</source>
        <translation>参加</translation>
    </message>
    <message>
        <source>member of</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>partners with</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>interested in</source>
        <translation>有合作意向</translation>
    </message>
    <message>
        <source>Usage: citybridge paths A B [--lang en|zh|es]</source>
        <translation>用法：citybridge paths A B [--lang en|zh|es]</translation>
    </message>
    <message>
        <source>No chain of events, institutions or partnerships links %1 and %2.</source>
        <translation>没有任何活动、机构或伙伴关系链将 %1 与 %2 联系起来。</translation>
    </message>
    <message>
        <source>Introduction paths from %1 to %2</source>
        <translation>从 %1 到 %2 的引荐路径</translation>
    </message>
    <message>
        <source>Actors that bridge most (betweenness centrality):</source>
        <translation>最具桥梁作用的行动方（中介中心性）：</translation>
    </message>
    <message>
        <source>Usage: citybridge show NAME [--lang en|zh|es]</source>
        <translation>用法：citybridge show 名称 [--lang en|zh|es]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, zh or es.</source>
        <translation>未知语言“%1”：请使用 en、zh 或 es。</translation>
    </message>
    <message>
        <source>Try: citybridge --help</source>
        <translation>请尝试：citybridge --help</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Try: citybridge --help</source>
        <translation>未知命令“%1”。请尝试：citybridge --help</translation>
    </message>
    <message>
        <source>The command to run (list, show, match).</source>
        <translation>要运行的命令（list、show、match）。</translation>
    </message>
    <message>
        <source>Work on FILE instead of the bundled sample workspace.</source>
        <translation>使用“文件”而非自带的示例工作区。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Language of the output: en, zh or es (default: the system&apos;s).</source>
        <translation>输出语言：en、zh 或 es（默认：系统语言）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Print JSON instead of tables.</source>
        <translation>输出 JSON 而非表格。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>match: partners per city in the global proposals (default 1).</source>
        <translation>match：全局提案中每个城市的合作伙伴数（默认 1）。</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>match: how many pairs to explain (default 10).</source>
        <translation>match：要解释的城市对数量（默认 10）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>match: rank the partners of this city.</source>
        <translation>match：对该城市的合作伙伴进行排名。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>match: only propose pairs from different countries (the default).</source>
        <translation>match：只提议来自不同国家的城市对（默认）。</translation>
    </message>
    <message>
        <source>match: also propose pairs within one country.</source>
        <translation>match：也提议同一国家内的城市对。</translation>
    </message>
    <message>
        <source>generate: number of cities.</source>
        <translation>generate：城市数量。</translation>
    </message>
    <message>
        <source>generate: random seed (default 1).</source>
        <translation>generate：随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of pixels from %2 to %3.</source>
        <translation>--%1 需要 %2 到 %3 之间的整数像素值。</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, e.g. 2021-01-31.</source>
        <translation>--%1 需要 YYYY-MM-DD 格式的日期，例如 2021-01-31。</translation>
    </message>
    <message>
        <source>map needs --out FILE (.png or .svg).</source>
        <translation>map 需要 --out 文件（.png 或 .svg）。</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: use a .png or .svg file name.</source>
        <translation>无法判断 %1 的格式：请使用以 .png 或 .svg 结尾的文件名。</translation>
    </message>
    <message>
        <source>--since must not be later than --as-of.</source>
        <translation>--since 不能晚于 --as-of。</translation>
    </message>
    <message>
        <source>Unknown stage &quot;%1&quot;: use one of %2.</source>
        <translation>未知阶段“%1”：请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Nothing to draw: no city has evidence under these filters.</source>
        <translation>没有可绘制的内容：在这些筛选条件下没有城市有依据。</translation>
    </message>
    <message>
        <source>Map written to %1: %2</source>
        <translation>地图已写入 %1：%2</translation>
    </message>
    <message>
        <source>match, map: use only evidence dated up to DATE (YYYY-MM-DD).</source>
        <translation>match、map：只使用截至“日期”（YYYY-MM-DD）的依据。</translation>
    </message>
    <message>
        <source>generate: the workspace file to write; map: the PNG or SVG file.</source>
        <translation>generate：要写入的工作区文件；map：PNG 或 SVG 文件。</translation>
    </message>
    <message>
        <source>map: picture width in pixels (default 1600).</source>
        <translation>map：图片宽度，单位为像素（默认 1600）。</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>map: picture height in pixels (default 900).</source>
        <translation>map：图片高度，单位为像素（默认 900）。</translation>
    </message>
    <message>
        <source>map: only evidence on this theme or cluster (key or name).</source>
        <translation>map：只显示该主题或主题群的依据（键名或名称）。</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>map: only partnerships at this stage.</source>
        <translation>map：只显示处于该阶段的伙伴关系。</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>map: only this country or region (code or name).</source>
        <translation>map：只显示该国家或地区（代码或名称）。</translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>map: only evidence dated from DATE (YYYY-MM-DD).</source>
        <translation>map：只使用自“日期”（YYYY-MM-DD）起的依据。</translation>
    </message>
    <message numerus="yes">
        <source>%n city marker(s)</source>
        <translation>
            <numerusform>%n 个城市标记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interest arrow(s)</source>
        <translation>
            <numerusform>%n 条意向箭头</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n 条连线</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: citybridge export cities|institutions|interests|proposals|partnerships|network --format csv|xlsx|geojson|graphml --out FILE</source>
        <translation>用法：citybridge export cities|institutions|interests|proposals|partnerships|network --format csv|xlsx|geojson|graphml --out 文件</translation>
    </message>
    <message>
        <source>Unknown export &quot;%1&quot;.</source>
        <translation>未知的导出内容“%1”。</translation>
    </message>
    <message>
        <source>export needs --out FILE.</source>
        <translation>export 需要 --out 文件。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv, xlsx, geojson or graphml.</source>
        <translation>未知格式“%1”：请使用 csv、xlsx、geojson 或 graphml。</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: give --format csv, xlsx, geojson or graphml.</source>
        <translation>无法判断 %1 的格式：请指定 --format csv、xlsx、geojson 或 graphml。</translation>
    </message>
    <message>
        <source>%1 cannot be exported as %2.</source>
        <translation>%1 不能导出为 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 项导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>import: the column mapping (JSON) to use.</source>
        <translation>import：要使用的列映射（JSON）。</translation>
    </message>
    <message>
        <source>import: save the mapping used (or suggested from the headers) to FILE.</source>
        <translation>import：将所用（或根据标题建议）的映射保存到 FILE。</translation>
    </message>
    <message>
        <source>import: the sheet of a workbook to read (default 1).</source>
        <translation>import：要读取的工作簿工作表（默认 1）。</translation>
    </message>
    <message>
        <source>import: the text encoding of a CSV file (utf-8, gb18030, windows-1252, ...).</source>
        <translation>import：CSV 文件的文本编码（utf-8、gb18030、windows-1252 等）。</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>import: the delimiter of a CSV file (, ; or tab).</source>
        <translation>import：CSV 文件的分隔符（, ; 或 tab）。</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>import: print what would be added, write nothing.</source>
        <translation>import：显示将要添加的内容，不写入任何数据。</translation>
    </message>
    <message>
        <source>import: print the parsed rows, before any mapping (with --json: as JSON).</source>
        <translation>import：显示解析出的行，不做任何映射（加 --json：以 JSON 输出）。</translation>
    </message>
    <message>
        <source>import: &quot;skip&quot; leaves out rows whose names need confirming.</source>
        <translation>import：“skip”表示不导入名称待确认的行。</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>import: leave out rows with problems instead of stopping.</source>
        <translation>import：跳过有问题的行，而不是停止导入。</translation>
    </message>
    <message>
        <source>Usage: citybridge import FILE --mapping MAPPING.json [--workspace FILE] [--dry-run]</source>
        <translation>用法：citybridge import FILE --mapping MAPPING.json [--workspace FILE] [--dry-run]</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>未知编码“%1”。</translation>
    </message>
    <message>
        <source>The delimiter must be &quot;,&quot;, &quot;;&quot; or &quot;tab&quot;.</source>
        <translation>分隔符必须是“,”、“;”或“tab”。</translation>
    </message>
    <message>
        <source>--sheet needs a sheet number from 1.</source>
        <translation>--sheet 需要从 1 开始的工作表编号。</translation>
    </message>
    <message>
        <source>An import writes to a workspace: give it with --workspace FILE. The bundled sample is never changed by an import (use --dry-run to see what would be added to it).</source>
        <translation>导入会写入工作区：请用 --workspace FILE 指定。导入从不修改自带的示例（可用 --dry-run 查看将向其添加的内容）。</translation>
    </message>
    <message>
        <source>No --mapping given; the columns were mapped from their headers:</source>
        <translation>未提供 --mapping；已根据标题映射各列：</translation>
    </message>
    <message>
        <source>--accept-uncertain only accepts &quot;skip&quot;.</source>
        <translation>--accept-uncertain 只接受“skip”。</translation>
    </message>
    <message>
        <source>Names to confirm:</source>
        <translation>待确认的名称：</translation>
    </message>
    <message>
        <source>%1 (rows %2): %3</source>
        <translation>%1（第 %2 行）：%3</translation>
    </message>
    <message>
        <source>Nothing was imported: confirm the names above in the mapping&apos;s &quot;choices&quot;, or pass --accept-uncertain skip.</source>
        <translation>未导入任何内容：请在映射的“choices”中确认上述名称，或使用 --accept-uncertain skip。</translation>
    </message>
    <message>
        <source>Nothing was imported: fix the rows above, or pass --skip-bad-rows.</source>
        <translation>未导入任何内容：请修正上述行，或使用 --skip-bad-rows。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Imported %1 new cities or institutions, %2 priorities or offers and %3 interests.</source>
        <translation>已导入 %1 个新城市或机构、%2 项优先事项或可提供的资源/经验，以及 %3 项意向。</translation>
    </message>
    <message>
        <source>brief --all needs --out DIR.</source>
        <translation>brief --all 需要 --out 目录。</translation>
    </message>
    <message>
        <source>brief needs --out FILE.</source>
        <translation>brief 需要 --out 文件。</translation>
    </message>
    <message>
        <source>brief needs two names, e.g. citybridge brief &quot;Mexico City&quot; Luoyang --out brief.pdf, or --all.</source>
        <translation>brief 需要两个名称，例如 citybridge brief &quot;Mexico City&quot; Luoyang --out brief.pdf，或使用 --all。</translation>
    </message>
    <message>
        <source>brief --all takes no names.</source>
        <translation>brief --all 不接受名称。</translation>
    </message>
    <message>
        <source>Unknown brief format &quot;%1&quot;: use pdf, odt or html.</source>
        <translation>未知的简报格式“%1”：请使用 pdf、odt 或 html。</translation>
    </message>
    <message>
        <source>Unknown paper size &quot;%1&quot;: use a4 or letter.</source>
        <translation>未知的纸张尺寸“%1”：请使用 a4 或 letter。</translation>
    </message>
    <message>
        <source>%1 and %2 are not a scored pair: they share no theme, interest or context.</source>
        <translation>%1与%2不是已评分的城市对：双方没有共同的主题、意向或背景。</translation>
    </message>
    <message>
        <source>Brief written to %1</source>
        <translation>简报已写入 %1</translation>
    </message>
    <message>
        <source>There are no proposals to write briefs for.</source>
        <translation>没有可生成简报的提案。</translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation>失败：%1：%2</translation>
    </message>
    <message>
        <source>%1 of %2 briefs written.</source>
        <translation>已写入 %1/%2 份简报。</translation>
    </message>
    <message>
        <source>brief: PDF paper size, a4 or letter (default a4).</source>
        <translation>brief：PDF 纸张尺寸，a4 或 letter（默认 a4）。</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>brief: write the briefs of all current proposals into --out DIR.</source>
        <translation>brief：将当前所有提案的简报写入 --out 目录。</translation>
    </message>
    <message>
        <source>brief: write the brief in both partners&apos; languages, one after the other.</source>
        <translation>brief：依次用双方合作伙伴的语言撰写简报。</translation>
    </message>
    <message>
        <source>brief: the name printed after &quot;Prepared by&quot; (default CityBridge).</source>
        <translation>brief：“编制”后打印的名称（默认 CityBridge）。</translation>
    </message>
    <message>
        <source>export: csv, xlsx, geojson or graphml; brief: pdf, odt or html (default: from the --out file name; pdf for brief --all).</source>
        <translation>export：csv、xlsx、geojson 或 graphml；brief：pdf、odt 或 html（默认按 --out 文件名判断；brief --all 默认为 pdf）。</translation>
    </message>
    <message>
        <source>Package from %1, exported by %2 on %3.</source>
        <translation>数据包来自 %1，由 %2 于 %3 导出。</translation>
    </message>
    <message>
        <source>New (%1):</source>
        <translation>新增（%1）：</translation>
    </message>
    <message>
        <source>Already here: %1 (%2 recognised by name).</source>
        <translation>已存在：%1（其中 %2 个按名称识别）。</translation>
    </message>
    <message>
        <source>Conflicts (%1):</source>
        <translation>冲突（%1）：</translation>
    </message>
    <message>
        <source>mine &quot;%1&quot;, theirs &quot;%2&quot;; keeping %3</source>
        <translation>我的“%1”，对方的“%2”；保留%3</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Taken from the package (empty or behind here) (%1):</source>
        <translation>从数据包采用（本地为空或较旧）（%1）：</translation>
    </message>
    <message>
        <source>Appended: %1 aliases, %2 priorities and offers, %3 interests, %4 memberships, %5 participations, %6 stage changes, %7 pair rules, %8 notes, %9 decision-log lines.</source>
        <translation>追加：%1 个别名，%2 项优先事项和可提供的资源/经验，%3 项意向，%4 项成员关系，%5 项活动参与，%6 次阶段变更，%7 条城市对规则，%8 条备注，%9 行决策日志。</translation>
    </message>
    <message>
        <source>Usage: citybridge merge PACKAGE --workspace FILE [--dry-run] [--prefer mine|theirs] [--json]</source>
        <translation>用法：citybridge merge 数据包 --workspace 文件 [--dry-run] [--prefer mine|theirs] [--json]</translation>
    </message>
    <message>
        <source>A merge writes to a workspace: give it with --workspace FILE. The bundled sample is never changed by a merge.</source>
        <translation>合并会写入工作区：请用 --workspace 文件 指定。合并从不更改内置的示例工作区。</translation>
    </message>
    <message>
        <source>--prefer takes &quot;mine&quot; or &quot;theirs&quot;.</source>
        <translation>--prefer 只接受 “mine” 或 “theirs”。</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>未合并任何内容：%1</translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation>已合并到 %1。</translation>
    </message>
    <message>
        <source>Nothing to merge: the workspace already holds everything in the package.</source>
        <translation>无需合并：工作区已包含数据包中的全部内容。</translation>
    </message>
    <message>
        <source>merge: which value to keep where both workspaces changed a field: mine (default) or theirs.</source>
        <translation>merge：两个工作区都修改了同一字段时保留哪个值：mine（默认）或 theirs。</translation>
    </message>
    <message>
        <source>SIDE</source>
        <translation>一方</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>官员</translation>
    </message>
    <message>
        <source>Usage: citybridge package --out FILE.cbpkg [--workspace FILE]</source>
        <translation>用法：citybridge package --out 文件.cbpkg [--workspace 文件]</translation>
    </message>
    <message>
        <source>Package written to %1. A colleague can open it, or merge it with: citybridge merge %2 --workspace THEIR_FILE</source>
        <translation>数据包已写入 %1。同事可以直接打开，或用以下命令合并：citybridge merge %2 --workspace 其工作区文件</translation>
    </message>
    <message>
        <source>No backups of %1 yet (they are kept in %2).</source>
        <translation>%1 尚无备份（备份保存在 %2 中）。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>restore: list the automatic backups of the workspace instead of restoring.</source>
        <translation>restore：列出工作区的自动备份，而不执行恢复。</translation>
    </message>
    <message>
        <source>Usage: citybridge restore --list --workspace FILE, or citybridge restore BACKUP --workspace FILE</source>
        <translation>用法：citybridge restore --list --workspace FILE，或 citybridge restore BACKUP --workspace FILE</translation>
    </message>
    <message>
        <source>A restore replaces a workspace: give it with --workspace FILE. The bundled sample is never replaced.</source>
        <translation>恢复会替换工作区：请用 --workspace FILE 指定工作区。内置示例永远不会被替换。</translation>
    </message>
    <message>
        <source>The backup %1 does not exist. See: citybridge restore --list --workspace FILE</source>
        <translation>备份 %1 不存在。请查看：citybridge restore --list --workspace FILE</translation>
    </message>
    <message>
        <source>%1 was restored from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The workspace as it was before is kept in %1; restore it to undo.</source>
        <translation>恢复前的工作区已保存在 %1；恢复该文件即可撤销。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Usage: citybridge migrate-to TARGET (--workspace FILE | --database URL) [--json]
TARGET is a new workspace file or an empty postgresql:// database.</source>
        <translation>用法：citybridge migrate-to 目标 (--workspace 文件 | --database URL) [--json]
目标是一个新的工作区文件或一个空的 postgresql:// 数据库。</translation>
    </message>
    <message>
        <source>Name the workspace to copy with --workspace FILE or --database URL.</source>
        <translation>请用 --workspace 文件 或 --database URL 指定要复制的工作区。</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>未复制任何内容：%1</translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3 in %4 ms; every table was counted on both sides and matches.</source>
        <translation>已在 %4 毫秒内将 %1 行从 %2 复制到 %3；每个表的行数均已在两侧清点并一致。</translation>
    </message>
    <message>
        <source>A package is made from a workspace file. Copy the database into one first: citybridge migrate-to FILE --database URL</source>
        <translation>数据包由工作区文件生成。请先将数据库复制到文件中：citybridge migrate-to 文件 --database URL</translation>
    </message>
    <message>
        <source>CityBridge proposes, explains and tracks city-to-city partnerships for South-South cooperation.

Commands:
  list cities|institutions|themes   list the workspace&apos;s entries
  show NAME                         everything known about a city or institution, with sources
  match                             scored pairs and the global proposals, with explanations
  paths A B                         who could introduce A to B, and the actors that bridge most
  generate --cities N --out FILE    write a synthetic workspace (benchmarks, load tests)
  map --out FILE                    draw the interest map as PNG or SVG (--theme, --country, ...)
  export WHAT --format F --out FILE write cities, institutions, interests, proposals, partnerships
                                    or the network as csv, xlsx, geojson or graphml
  import FILE --mapping M.json      add a survey export (CSV, XLSX, ODS) to a workspace
  brief A B --out FILE              the pairing brief of two cities as PDF, ODT or HTML
  brief --all --out DIR             briefs for all current proposals
  package --out FILE                a copy of the workspace to send to a colleague
  merge PACKAGE --workspace W       merge a colleague&apos;s package (--dry-run shows the plan)
  migrate-to TARGET --workspace W   copy a workspace into a new file or an empty PostgreSQL database

A team database instead of a file: --database postgresql://user@host:port/database

Without a command, the window opens.</source>
        <translation>CityBridge 为南南合作提议、解释并跟踪城市间伙伴关系。

命令：
  list cities|institutions|themes   列出工作区中的条目
  show 名称                         显示关于某个城市或机构的全部信息及来源
  match                             带解释的城市对得分和全局提案
  paths A B                         谁能将 A 引荐给 B，以及最具桥梁作用的行动方
  generate --cities N --out 文件    写入合成工作区（基准测试、负载测试）
  map --out 文件                    将意向地图绘制为 PNG 或 SVG（--theme、--country 等）
  export 内容 --format F --out 文件 将城市、机构、意向、提案、伙伴关系或整个网络
                                    导出为 csv、xlsx、geojson 或 graphml
  import 文件 --mapping M.json      将调查导出文件（CSV、XLSX、ODS）加入工作区
  brief A B --out 文件              两座城市的结对简报（PDF、ODT 或 HTML）
  brief --all --out 目录             当前所有提案的简报
  package --out 文件                工作区副本，可发送给同事
  merge 包文件 --workspace W        合并同事的包（--dry-run 显示合并计划）
  migrate-to 目标 --workspace W     将工作区复制到新文件或空的 PostgreSQL 数据库

团队数据库代替文件：--database postgresql://用户@主机:端口/数据库

不带命令时打开窗口。</translation>
    </message>
    <message>
        <source>Work on the team&apos;s PostgreSQL database at URL (postgresql://user@host:port/database; the password from PGPASSWORD, ~/.pgpass or asked).</source>
        <translation>使用位于 URL 的团队 PostgreSQL 数据库（postgresql://用户@主机:端口/数据库；密码来自 PGPASSWORD、~/.pgpass 或提示输入）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>cb::cli::CliContext</name>
    <message>
        <source>The sample workspace could not be prepared: %1</source>
        <translation>无法准备示例工作区：%1</translation>
    </message>
    <message>
        <source>The workspace %1 could not be read: %2</source>
        <translation>无法读取工作区 %1：%2</translation>
    </message>
    <message>
        <source>No city or institution is called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的城市或机构。</translation>
    </message>
    <message>
        <source>No city or institution is called &quot;%1&quot;. Did you mean: %2?</source>
        <translation>没有名为“%1”的城市或机构。您是否要找：%2？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several entries: %2. Use a more specific name.</source>
        <translation>“%1”匹配多个条目：%2。请使用更具体的名称。</translation>
    </message>
    <message>
        <source>Do not put the password into the database address: set PGPASSWORD, use ~/.pgpass, or type it when asked.</source>
        <translation>不要把密码写进数据库地址：请设置 PGPASSWORD、使用 ~/.pgpass，或在提示时输入。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>The database %1 already holds a workspace; nothing was changed.</source>
        <translation>数据库 %1 中已有工作区；未做任何更改。</translation>
    </message>
    <message>
        <source>Give either --workspace FILE or --database URL, not both.</source>
        <translation>请只给出 --workspace 文件 或 --database URL 之一，不要同时给出。</translation>
    </message>
    <message>
        <source>--database takes a postgresql:// address; a workspace file is given with --workspace.</source>
        <translation>--database 需要 postgresql:// 地址；工作区文件请用 --workspace 指定。</translation>
    </message>
</context>
<context>
    <name>cb::cli::ShowPrinter</name>
    <message>
        <source>[source: %1, %2]</source>
        <translation>［来源：%1，%2］</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>国家：%1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>地区：%1</translation>
    </message>
    <message>
        <source>Population: %1 (%2)</source>
        <translation>人口：%1（%2）</translation>
    </message>
    <message>
        <source>Population: %1</source>
        <translation>人口：%1</translation>
    </message>
    <message>
        <source>Area: %1 km²</source>
        <translation>面积：%1 平方公里</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>时区：%1</translation>
    </message>
    <message>
        <source>Coordinates: %1, %2</source>
        <translation>坐标：%1, %2</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Heritage</source>
        <translation>文化遗产</translation>
    </message>
    <message>
        <source>Key sectors</source>
        <translation>主要产业</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>优先事项</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>可提供的资源/经验</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙文</translation>
    </message>
    <message>
        <source>Native</source>
        <translation>本地语言</translation>
    </message>
    <message>
        <source> — %1 of %2 survey respondents</source>
        <translation> —— %2 名调查受访者中有 %1 名</translation>
    </message>
    <message>
        <source>%1 of %2 survey respondents</source>
        <translation>%2 名调查受访者中有 %1 名</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>意向</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>伙伴关系</translation>
    </message>
</context>
<context>
    <name>cb::safefile</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The file name “%1” would leave the folder %2.</source>
        <translation>文件名“%1”会跳出文件夹 %2。</translation>
    </message>
</context>
<context>
    <name>cb::sql</name>
    <message>
        <source>The disk is full; the change was not saved.</source>
        <translation>磁盘已满；更改未保存。</translation>
    </message>
    <message>
        <source>The workspace file could not be written (a disk or file system error); the change was not saved.</source>
        <translation>无法写入工作区文件（磁盘或文件系统错误）；更改未保存。</translation>
    </message>
    <message>
        <source>The workspace file cannot be written: it is read-only.</source>
        <translation>无法写入工作区文件：该文件为只读。</translation>
    </message>
    <message>
        <source>Another program is writing to the workspace; try again in a moment.</source>
        <translation>另一个程序正在写入该工作区；请稍后再试。</translation>
    </message>
    <message>
        <source>The workspace file is damaged; restore it from a backup.</source>
        <translation>工作区文件已损坏；请从备份中恢复。</translation>
    </message>
</context>
<context>
    <name>cb::ui::AboutText</name>
    <message>
        <source>About CityBridge</source>
        <translation>关于 CityBridge</translation>
    </message>
    <message>
        <source>Proposes, explains and tracks city-to-city partnerships for South-South and triangular cooperation.</source>
        <translation>为南南合作和三方合作提议、解释并跟踪城市间伙伴关系。</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>依据 GNU 通用公共许可证第 3 版或更高版本授权。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>City names, coordinates and populations: &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt;, licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;.</source>
        <translation>城市名称、坐标和人口：&lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt;，依据 &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt; 授权。</translation>
    </message>
    <message>
        <source>World map outlines: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt;, public domain.</source>
        <translation>世界地图轮廓：&lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt;，公有领域。</translation>
    </message>
    <message>
        <source>Country names in English, Chinese and Spanish: Debian &lt;a href=&quot;https://salsa.debian.org/iso-codes-team/iso-codes&quot;&gt;iso-codes&lt;/a&gt; (LGPL 2.1 or later).</source>
        <translation>英文、中文和西班牙文国家名称：Debian &lt;a href=&quot;https://salsa.debian.org/iso-codes-team/iso-codes&quot;&gt;iso-codes&lt;/a&gt;（LGPL 2.1 或更高版本）。</translation>
    </message>
    <message>
        <source>Facts of the sample workspace (priorities, offers, interests, events, partnerships): published documents of the United Nations Office for South-South Cooperation (UNOSSC), cited as the source of each fact.</source>
        <translation>示例工作区中的事实（优先事项、可提供的资源/经验、意向、活动、伙伴关系）：联合国南南合作办公室（UNOSSC）发布的文件，每项事实均注明其来源。</translation>
    </message>
</context>
<context>
    <name>cb::ui::ActorBrowser</name>
    <message>
        <source>Search names and aliases…</source>
        <translation>搜索名称和别名…</translation>
    </message>
    <message>
        <source>Matches any name or alias in any language or script, ignoring case and accents: 洛陽, luo yang, CDMX and Queretaro all work</source>
        <translation>匹配任何语言或文字的名称或别名，不区分大小写和重音符号：洛陽、luo yang、CDMX 和 Queretaro 都可以</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>所有行动方</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Show cities, institutions or both</source>
        <translation>显示城市、机构或两者</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n 个行动方</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n actor(s) shown</source>
        <translation>
            <numerusform>显示 %n 个行动方中的 %1 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::ui::ActorDetailHtml</name>
    <message>
        <source>N</source>
        <comment>north</comment>
        <translation>北纬</translation>
    </message>
    <message>
        <source>S</source>
        <comment>south</comment>
        <translation>南纬</translation>
    </message>
    <message>
        <source>E</source>
        <comment>east</comment>
        <translation>东经</translation>
    </message>
    <message>
        <source>W</source>
        <comment>west</comment>
        <translation>西经</translation>
    </message>
    <message>
        <source>%1° %2</source>
        <translation>%2 %1°</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>优先事项</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>可提供的资源/经验</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Survey respondents</source>
        <translation>调查受访者</translation>
    </message>
    <message>
        <source>part of %1</source>
        <translation>隶属于%1</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙文</translation>
    </message>
    <message>
        <source>Native</source>
        <translation>本地语言</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 平方公里</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <source>GeoNames id</source>
        <translation>GeoNames 编号</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Heritage</source>
        <translation>文化遗产</translation>
    </message>
    <message>
        <source>Key sectors</source>
        <translation>主要产业</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 respondents)</source>
        <translation>%1（%3 名受访者中有 %2 名）</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Any actor in %1</source>
        <translation>%1的任何行动方</translation>
    </message>
    <message>
        <source>Interests expressed</source>
        <translation>表达的意向</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及次数</translation>
    </message>
    <message>
        <source>Interests received</source>
        <translation>收到的意向</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>发起方</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>伙伴关系</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Member cities</source>
        <translation>成员城市</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>latitude, longitude</comment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>cb::ui::ActorDetailPanel</name>
    <message>
        <source>Select a city or an institution in the list to see what is known about it.</source>
        <translation>在列表中选择一个城市或机构，查看关于它的已知信息。</translation>
    </message>
    <message>
        <source>Open a workspace to see its cities and institutions.</source>
        <translation>打开一个工作区以查看其中的城市和机构。</translation>
    </message>
</context>
<context>
    <name>cb::ui::ActorForm</name>
    <message>
        <source>Saved as a separate entry when you press Save.</source>
        <translation>按“保存”后将另存为一个单独的条目。</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>中文名称：</translation>
    </message>
    <message>
        <source>Spanish name:</source>
        <translation>西班牙文名称：</translation>
    </message>
    <message>
        <source>Native name:</source>
        <translation>本地语言名称：</translation>
    </message>
    <message>
        <source>Other names (one per line):</source>
        <translation>其他名称（每行一个）：</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国家：</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>纬度：</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>经度：</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>人口：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>Province or state:</source>
        <translation>省或州：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Abbreviation:</source>
        <translation>简称：</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>网站：</translation>
    </message>
    <message>
        <source>Find the city in the gazetteer to fill in its names, coordinates, population and time zone:</source>
        <translation>在地名库中查找城市，以填写其名称、坐标、人口和时区：</translation>
    </message>
    <message>
        <source>Open the existing entry</source>
        <translation>打开已有条目</translation>
    </message>
    <message>
        <source>It is a different place</source>
        <translation>这是另一个地方</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Remove this entry with its priorities, offers, interests and participations (Undo brings it back)</source>
        <translation>删除此条目及其优先事项、可提供的资源/经验、意向和参与记录（撤销可恢复）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>-90 to 90, e.g. %1</source>
        <translation>-90 到 90，例如 %1</translation>
    </message>
    <message>
        <source>-180 to 180, e.g. %1</source>
        <translation>-180 到 180，例如 %1</translation>
    </message>
    <message>
        <source>New city</source>
        <translation>新城市</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>新机构</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>城市：%1</translation>
    </message>
    <message>
        <source>Institution: %1</source>
        <translation>机构：%1</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>请从列表中选择国家。</translation>
    </message>
    <message>
        <source>Enter the latitude as a number of degrees, e.g. 34.68.</source>
        <translation>请以度数输入纬度，例如 34.68。</translation>
    </message>
    <message>
        <source>Enter the longitude as a number of degrees, e.g. 112.45.</source>
        <translation>请以度数输入经度，例如 112.45。</translation>
    </message>
    <message>
        <source>Enter the population as a whole number.</source>
        <translation>请以整数输入人口。</translation>
    </message>
    <message>
        <source>Filled in from GeoNames: check the names, then press Save.</source>
        <translation>已根据 GeoNames 填写：请核对名称，然后按“保存”。</translation>
    </message>
    <message>
        <source>“%1” (%2) is already in this workspace. Open it instead of adding it again?</source>
        <translation>“%1”（%2）已在此工作区中。要打开它而不是重复添加吗？</translation>
    </message>
    <message>
        <source>“%1” is already in this workspace. Open it instead of adding it again?</source>
        <translation>“%1”已在此工作区中。要打开它而不是重复添加吗？</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>未保存：请更正红色标出的字段。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Add city %1</source>
        <translation>添加城市 %1</translation>
    </message>
    <message>
        <source>Add institution %1</source>
        <translation>添加机构 %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Saved. Undo (Ctrl+Z) takes it back.</source>
        <translation>已保存。撤销（Ctrl+Z）可还原。</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>%1 was removed. Undo (Ctrl+Z) brings it back.</source>
        <translation>已删除 %1。撤销（Ctrl+Z）可恢复。</translation>
    </message>
    <message>
        <source>This entry is no longer in the workspace; Save adds it again.</source>
        <translation>此条目已不在工作区中；按“保存”可重新添加。</translation>
    </message>
    <message>
        <source>Profile, heritage and key sectors in each language</source>
        <translation>各语言的概况、文化遗产和主要产业</translation>
    </message>
    <message>
        <source>This is the stored version now. Make your change again and save.</source>
        <translation>现在显示的是已存储的版本。请再次进行您的修改并保存。</translation>
    </message>
</context>
<context>
    <name>cb::ui::ActorListModel</name>
    <message>
        <source>Population unknown</source>
        <translation>人口未知</translation>
    </message>
    <message>
        <source>Population %1 (%2)</source>
        <translation>人口 %1（%2）</translation>
    </message>
    <message>
        <source>Population %1</source>
        <translation>人口 %1</translation>
    </message>
    <message>
        <source>%1 expressed, %2 received</source>
        <translation>表达 %1 项，收到 %2 项</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Priorities</source>
        <comment>column header</comment>
        <translation>优先事项</translation>
    </message>
    <message>
        <source>Offers</source>
        <comment>column header</comment>
        <translation>可提供的资源/经验</translation>
    </message>
    <message>
        <source>Interests</source>
        <comment>column header</comment>
        <translation>意向</translation>
    </message>
    <message>
        <source>Events</source>
        <comment>column header</comment>
        <translation>活动</translation>
    </message>
    <message>
        <source>Themes the actor wants to develop, including its survey groups&apos; answers</source>
        <translation>该行动方希望发展的主题，包括其调查群组的回答</translation>
    </message>
    <message>
        <source>Themes the actor can share, including its survey groups&apos; answers</source>
        <translation>该行动方可以分享的主题，包括其调查群组的回答</translation>
    </message>
    <message>
        <source>Interests in cooperation expressed by the actor and received from others</source>
        <translation>该行动方表达的以及从其他方收到的合作意向</translation>
    </message>
    <message>
        <source>Webinars, meetings and forums the actor took part in</source>
        <translation>该行动方参加过的网络研讨会、会议和论坛</translation>
    </message>
</context>
<context>
    <name>cb::ui::BriefBatchDialog</name>
    <message>
        <source>Briefs for All Proposals</source>
        <translation>所有提案的简报</translation>
    </message>
    <message>
        <source>Bilingual (the partners&apos; languages)</source>
        <translation>双语（双方城市的语言）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>ODT (LibreOffice, Word)</source>
        <translation>ODT（LibreOffice、Word）</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美式信纸（Letter）</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Write Briefs</source>
        <translation>生成简报(&amp;W)</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) will get a brief.</source>
        <translation>
            <numerusform>将为 %n 项提案生成简报。</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the Briefs</source>
        <translation>简报保存文件夹</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n brief(s).</source>
        <translation>
            <numerusform>已在生成 %n 份简报后取消。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n brief(s) written; the files below could not be written.</source>
        <translation>
            <numerusform>已写入 %n 份简报；以下文件无法写入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n brief(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 份简报写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::ui::BriefPreview</name>
    <message>
        <source>Brief language:</source>
        <translation>简报语言：</translation>
    </message>
    <message>
        <source>Both partners&apos; languages</source>
        <translation>双方合作伙伴的语言</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter（美国信纸）</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Select a proposal to preview its pairing brief.</source>
        <translation>选择一个提案以预览其结对简报。</translation>
    </message>
    <message>
        <source>There is no brief to save: select a proposal first.</source>
        <translation>没有可保存的简报：请先选择一个提案。</translation>
    </message>
    <message>
        <source>Save Brief</source>
        <translation>保存简报</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Brief saved to %1</source>
        <translation>简报已保存至 %1</translation>
    </message>
</context>
<context>
    <name>cb::ui::CityInterestMatrixModel</name>
    <message numerus="yes">
        <source>%1 → %2: %n voice(s)</source>
        <translation>
            <numerusform>%1 → %2：%n 人次</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>表达方</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>cb::ui::CityThemeMatrixModel</name>
    <message>
        <source>P %1 · O %2</source>
        <translation>优先 %1 · 提供 %2</translation>
    </message>
    <message>
        <source>%1 – %2
Priority: %3
Offer: %4</source>
        <translation>%1 – %2
优先事项：%3
可提供的资源/经验：%4</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
</context>
<context>
    <name>cb::ui::ConflictBar</name>
    <message>
        <source>The workspace could not be read again: %1</source>
        <translation>无法重新读取工作区：%1</translation>
    </message>
    <message>
        <source>Someone else saved this record first. Your change was not saved.</source>
        <translation>其他人先保存了这条记录。您的修改未被保存。</translation>
    </message>
    <message>
        <source>Show the Stored Version</source>
        <translation>显示已存储的版本</translation>
    </message>
    <message>
        <source>Read the workspace again; your change is listed above so that you can make it again</source>
        <translation>重新读取工作区；您的修改列在上方，便于再次进行</translation>
    </message>
</context>
<context>
    <name>cb::ui::ConnectionDialog</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Could not log in to %1: %2</source>
        <translation>无法登录 %1：%2</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2 (PostgreSQL %3). Connect opens its workspace.</source>
        <translation>已以 %2 身份登录 %1（PostgreSQL %3）。点击“连接”即可打开其工作区。</translation>
    </message>
    <message>
        <source>Could not open the workspace in %1: %2</source>
        <translation>无法打开 %1 中的工作区：%2</translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation>连接团队数据库</translation>
    </message>
    <message>
        <source>Work on your team&apos;s shared workspace in a PostgreSQL database. Log in with your own role: the decision log records it with everything you change.</source>
        <translation>在 PostgreSQL 数据库中使用团队共享的工作区。请以您自己的角色登录：决策日志会在您的每项修改旁记录该角色。</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>最近(&amp;R)：</translation>
    </message>
    <message>
        <source>(choose a recent connection)</source>
        <translation>（选择最近的连接）</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <translation>例如 db.example.org</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>您的角色(&amp;R)：</translation>
    </message>
    <message>
        <source>your PostgreSQL user name</source>
        <translation>您的 PostgreSQL 用户名</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>SSL 模式(&amp;S)：</translation>
    </message>
    <message>
        <source>Prefer encryption (default)</source>
        <translation>优先加密（默认）</translation>
    </message>
    <message>
        <source>Require encryption</source>
        <translation>要求加密</translation>
    </message>
    <message>
        <source>Require encryption, verify the certificate</source>
        <translation>要求加密并验证证书</translation>
    </message>
    <message>
        <source>Require encryption, verify the certificate and host name</source>
        <translation>要求加密并验证证书和主机名</translation>
    </message>
    <message>
        <source>Allow encryption</source>
        <translation>允许加密</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>不加密</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keyring</source>
        <translation>在系统密钥环中记住密码(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
</context>
<context>
    <name>cb::ui::DecisionLogModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>决策人</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>城市对</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Took back: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Rule cleared: %1</source>
        <translation>已清除规则：%1</translation>
    </message>
    <message>
        <source>The pair already had an open partnership</source>
        <translation>该城市对已有进行中的伙伴关系</translation>
    </message>
</context>
<context>
    <name>cb::ui::DecisionLogPage</name>
    <message>
        <source>The decision log could not be read: %1</source>
        <translation>无法读取决策日志：%1</translation>
    </message>
    <message>
        <source>Search who, decision, pair, reason…</source>
        <translation>搜索决策人、决策、城市对、原因…</translation>
    </message>
    <message>
        <source>Matches the officer, the decision, either partner&apos;s name in any language, the reason and the details</source>
        <translation>匹配官员、决策、任一合作伙伴的任何语言名称、原因和详情</translation>
    </message>
    <message>
        <source>&amp;All pairs</source>
        <translation>所有城市对(&amp;A)</translation>
    </message>
    <message>
        <source>Show the decisions on every pair, not only on the current pair</source>
        <translation>显示所有城市对的决策，而不仅是当前城市对</translation>
    </message>
    <message>
        <source>Select a decision to see who took it, when, why and the score at the time.</source>
        <translation>选择一项决策，查看决策人、时间、原因以及当时的得分。</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1，决策人：%2，时间：%3</translation>
    </message>
    <message>
        <source>an unknown officer</source>
        <translation>未知官员</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>详情：</translation>
    </message>
    <message>
        <source>Score when the decision was taken</source>
        <translation>决策时的得分</translation>
    </message>
    <message>
        <source>Decisions on every pair</source>
        <translation>所有城市对的决策</translation>
    </message>
    <message>
        <source>No pair is selected: decisions on every pair</source>
        <translation>未选择城市对：显示所有城市对的决策</translation>
    </message>
    <message>
        <source>Decisions on %1 – %2</source>
        <translation>%1 – %2 的决策</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n 项决策</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n decision(s) shown</source>
        <translation>
            <numerusform>显示 %1 项，共 %n 项决策</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::ui::DomainLabels</name>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>已提议</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Exploratory exchange</source>
        <translation>探索性交流</translation>
    </message>
    <message>
        <source>Friendship MoU</source>
        <translation>友好合作谅解备忘录</translation>
    </message>
    <message>
        <source>Pilot project</source>
        <translation>试点项目</translation>
    </message>
    <message>
        <source>Formal agreement</source>
        <translation>正式协议</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>主办方</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参与方</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐助方</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受援方</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>网络研讨会</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>论坛</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Donation</source>
        <translation>捐赠</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>交流</translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation>联合国机构</translation>
    </message>
    <message>
        <source>City association</source>
        <translation>城市协会</translation>
    </message>
    <message>
        <source>Training institute</source>
        <translation>培训机构</translation>
    </message>
    <message>
        <source>University</source>
        <translation>大学</translation>
    </message>
    <message>
        <source>Business council</source>
        <translation>商业理事会</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>非政府组织</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Home city</source>
        <translation>所在城市</translation>
    </message>
    <message>
        <source>Speaks for</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Rule cleared</source>
        <translation>规则已清除</translation>
    </message>
    <message>
        <source>Stage moved</source>
        <translation>阶段已变更</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Details edited</source>
        <translation>详情已编辑</translation>
    </message>
    <message>
        <source>Shared priorities</source>
        <translation>共同优先事项</translation>
    </message>
    <message>
        <source>Complementarity</source>
        <translation>互补性</translation>
    </message>
    <message>
        <source>Expressed interest</source>
        <translation>表达的意向</translation>
    </message>
    <message>
        <source>Shared context</source>
        <translation>共同背景</translation>
    </message>
</context>
<context>
    <name>cb::ui::EditActions</name>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Add &amp;City…</source>
        <translation>添加城市(&amp;C)…</translation>
    </message>
    <message>
        <source>Add &amp;Institution…</source>
        <translation>添加机构(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Edit Selected</source>
        <translation>编辑所选项(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Priorities and Offers</source>
        <translation>优先事项与可提供的资源/经验(&amp;P)</translation>
    </message>
    <message>
        <source>I&amp;nterests</source>
        <translation>意向(&amp;N)</translation>
    </message>
    <message>
        <source>Add E&amp;vent…</source>
        <translation>添加活动(&amp;V)…</translation>
    </message>
    <message>
        <source>Edit the city or institution selected in the list</source>
        <translation>编辑列表中所选的城市或机构</translation>
    </message>
    <message>
        <source>Edit what the selected city or institution needs and offers</source>
        <translation>编辑所选城市或机构的优先事项和可提供的资源/经验</translation>
    </message>
</context>
<context>
    <name>cb::ui::EditorPanel</name>
    <message>
        <source>Choose what to add or edit from the Edit menu or an actor&apos;s context menu.</source>
        <translation>请从“编辑”菜单或行动方的右键菜单中选择要添加或编辑的内容。</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>编辑器</translation>
    </message>
</context>
<context>
    <name>cb::ui::EventForm</name>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>English title:</source>
        <translation>英文标题：</translation>
    </message>
    <message>
        <source>Chinese title:</source>
        <translation>中文标题：</translation>
    </message>
    <message>
        <source>Spanish title:</source>
        <translation>西班牙文标题：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>最后一天：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>参与方：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Speaking person:</source>
        <translation>发言人：</translation>
    </message>
    <message>
        <source>Their position:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新活动</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>活动：%1</translation>
    </message>
    <message>
        <source>Find an event to edit…</source>
        <translation>查找要编辑的活动…</translation>
    </message>
    <message>
        <source>several days, until</source>
        <translation>持续多天，直到</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>参与方</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>加入列表</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>从列表中移除</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>This event is no longer in the workspace; Save adds it again.</source>
        <translation>此活动已不在工作区中；按“保存”可重新添加。</translation>
    </message>
    <message>
        <source>%1 is already listed in this role.</source>
        <translation>%1已以此角色列出。</translation>
    </message>
    <message>
        <source>Added to the list; press Save to keep it.</source>
        <translation>已加入列表；按“保存”后生效。</translation>
    </message>
    <message>
        <source>Removed from the list; press Save to keep the change.</source>
        <translation>已从列表中移除；按“保存”后生效。</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>未保存：请更正红色标出的字段。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Add event %1</source>
        <translation>添加活动 %1</translation>
    </message>
    <message>
        <source>Edit event %1</source>
        <translation>编辑活动 %1</translation>
    </message>
    <message>
        <source>Saved. Undo (Ctrl+Z) takes it back.</source>
        <translation>已保存。撤销（Ctrl+Z）可还原。</translation>
    </message>
    <message>
        <source>Remove event %1</source>
        <translation>删除活动 %1</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>%1 was removed. Undo (Ctrl+Z) brings it back.</source>
        <translation>已删除 %1。撤销（Ctrl+Z）可恢复。</translation>
    </message>
</context>
<context>
    <name>cb::ui::ExchangeActions</name>
    <message>
        <source>Export &amp;Package…</source>
        <translation>导出数据包(&amp;P)…</translation>
    </message>
    <message>
        <source>Write a copy of this workspace that a colleague can open or merge</source>
        <translation>写入此工作区的副本，供同事打开或合并</translation>
    </message>
    <message>
        <source>&amp;Merge Package…</source>
        <translation>合并数据包(&amp;M)…</translation>
    </message>
    <message>
        <source>Take a colleague&apos;s package into this workspace, choosing where you differ</source>
        <translation>将同事的数据包合并到此工作区，并在双方不同之处作出选择</translation>
    </message>
    <message>
        <source>Export Package</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>CityBridge packages (*.cbpkg)</source>
        <translation>CityBridge 数据包 (*.cbpkg)</translation>
    </message>
    <message>
        <source>Cannot export the package</source>
        <translation>无法导出数据包</translation>
    </message>
    <message>
        <source>Package written to %1.</source>
        <translation>数据包已写入 %1。</translation>
    </message>
    <message>
        <source>Merge Package</source>
        <translation>合并数据包</translation>
    </message>
    <message>
        <source>CityBridge workspaces (*.citybridge)</source>
        <translation>CityBridge 工作区 (*.citybridge)</translation>
    </message>
    <message>
        <source>Package merged; Undo takes it back.</source>
        <translation>数据包已合并；可用“撤销”撤回。</translation>
    </message>
</context>
<context>
    <name>cb::ui::ExportActions</name>
    <message>
        <source>&amp;Cities…</source>
        <translation>城市(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Institutions…</source>
        <translation>机构(&amp;I)…</translation>
    </message>
    <message>
        <source>I&amp;nterests…</source>
        <translation>意向(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Proposals…</source>
        <translation>提案(&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;artnerships…</source>
        <translation>伙伴关系(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Network (GeoJSON, GraphML)…</source>
        <translation>网络(GeoJSON、GraphML)(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>GeoJSON for QGIS (*.geojson)</source>
        <translation>用于 QGIS 的 GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>GraphML network (*.graphml)</source>
        <translation>GraphML 网络 (*.graphml)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>This list cannot be written in that format.</source>
        <translation>此列表无法以该格式导出。</translation>
    </message>
    <message>
        <source>The proposals are still being worked out; try again in a moment.</source>
        <translation>提案仍在计算中，请稍后再试。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 项导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::ui::ExportSizeDialog</name>
    <message>
        <source>Export picture</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>cb::ui::GazetteerLookup</name>
    <message>
        <source>Type a city name in English, Chinese or Spanish…</source>
        <translation>输入英文、中文或西班牙文城市名称…</translation>
    </message>
    <message>
        <source>Look the city up in the bundled GeoNames gazetteer (cities over 15,000 inhabitants)</source>
        <translation>在内置的 GeoNames 地名库中查找城市（人口超过 15,000 的城市）</translation>
    </message>
</context>
<context>
    <name>cb::ui::GazetteerModel</name>
    <message>
        <source>%1 — %2, %3 · %4 inhabitants</source>
        <translation>%1 — %2，%3 · 人口 %4</translation>
    </message>
</context>
<context>
    <name>cb::ui::ImportWizard</name>
    <message>
        <source>Import a Survey</source>
        <translation>导入调查</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Survey file</source>
        <translation>调查文件</translation>
    </message>
    <message>
        <source>A CSV, Excel (XLSX) or OpenDocument (ODS) export of the survey answers, one row per answer.</source>
        <translation>调查答复的 CSV、Excel（XLSX）或 OpenDocument（ODS）导出文件，每条答复占一行。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>&amp;Encoding (CSV):</source>
        <translation>编码（CSV）(&amp;E)：</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号（ , ）</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号（ ; ）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>&amp;Delimiter (CSV):</source>
        <translation>分隔符（CSV）(&amp;D)：</translation>
    </message>
    <message>
        <source>First sheet</source>
        <translation>第一个工作表</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Use a Saved Mapping…</source>
        <translation>使用已保存的映射(&amp;U)…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>What each column holds. The suggestions come from the headers; a theme column counts a &quot;yes&quot;, &quot;x&quot; or a score as an answer.</source>
        <translation>每一列的内容。建议根据标题行给出；主题列中的“是”“x”或分数都计为一次作答。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>&amp;Save Mapping…</source>
        <translation>保存映射(&amp;S)…</translation>
    </message>
    <message>
        <source>Keep this mapping for the next survey of the same form.</source>
        <translation>保存此映射，供同一表单的下一次调查使用。</translation>
    </message>
    <message>
        <source>Names to confirm</source>
        <translation>待确认的名称</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>文件中的名称</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Stands for</source>
        <translation>对应对象</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>将要导入的内容</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import adds everything below in one step, which Undo takes back.</source>
        <translation>尚未写入任何内容。“导入”会一次性添加以下全部内容，可用“撤销”全部撤回。</translation>
    </message>
    <message>
        <source>Choose a Survey File</source>
        <translation>选择调查文件</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.txt *.xlsx *.ods)</source>
        <translation>调查导出文件 (*.csv *.txt *.xlsx *.ods)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>文件中没有任何行。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read, header included.</source>
        <translation>
            <numerusform>已读取 %n 行（含标题行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Use a Saved Mapping</source>
        <translation>使用已保存的映射</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>映射文件 (*.json)</translation>
    </message>
    <message>
        <source>The mapping %1 will be used.</source>
        <translation>将使用映射 %1。</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <source>Choose the column that names the responding city or institution.</source>
        <translation>请选择写有答复城市或机构名称的列。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Theme names in the cells</source>
        <translation>单元格中的主题名称</translation>
    </message>
    <message>
        <source>Every city and institution in the file was recognised.</source>
        <translation>文件中的所有城市和机构均已识别。</translation>
    </message>
    <message>
        <source>These names match several entries, or none. Say what each stands for; rows whose names stay unconfirmed are left out.</source>
        <translation>这些名称对应多个条目，或没有对应条目。请说明每个名称指的是什么；名称未确认的行将不会导入。</translation>
    </message>
    <message>
        <source>Leave these rows out</source>
        <translation>不导入这些行</translation>
    </message>
    <message>
        <source>Add as a new city or institution</source>
        <translation>作为新的城市或机构添加</translation>
    </message>
    <message>
        <source>Row %1 — new: %2</source>
        <translation>第 %1 行 — 新增：%2</translation>
    </message>
    <message>
        <source>Row %1 — %2 has the priority %3</source>
        <translation>第 %1 行 — %2 的优先事项：%3</translation>
    </message>
    <message>
        <source>Row %1 — %2 offers %3</source>
        <translation>第 %1 行 — %2 可提供：%3</translation>
    </message>
    <message>
        <source>Row %1 — %2 wants to work with %3</source>
        <translation>第 %1 行 — %2 希望与%3合作</translation>
    </message>
</context>
<context>
    <name>cb::ui::InterestMapPage</name>
    <message>
        <source>Themes by city</source>
        <translation>各城市的主题</translation>
    </message>
    <message>
        <source>Interests between cities</source>
        <translation>城市间意向</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Fit to selection</source>
        <translation>缩放至所选</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the current tab as a PNG or SVG picture with title, legend and sources</source>
        <translation>将当前标签页保存为带标题、图例和来源的 PNG 或 SVG 图片</translation>
    </message>
    <message>
        <source>Left half: priority (orange); right half: offer (green). Darker is stronger.</source>
        <translation>左半格：优先事项（橙色）；右半格：可提供的资源/经验（绿色）。颜色越深越强。</translation>
    </message>
</context>
<context>
    <name>cb::ui::InterestTableModel</name>
    <message>
        <source>any partner in %1</source>
        <translation>%1的任何合作伙伴</translation>
    </message>
    <message>
        <source>Interested in</source>
        <translation>意向对象</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>cb::ui::InterestsEditor</name>
    <message>
        <source>Interested in:</source>
        <translation>意向对象：</translation>
    </message>
    <message>
        <source>Strength (0–1):</source>
        <translation>强度（0–1）：</translation>
    </message>
    <message>
        <source>On themes:</source>
        <translation>涉及主题：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>What was said:</source>
        <translation>表达内容：</translation>
    </message>
    <message>
        <source>Interests of %1</source>
        <translation>%1的意向</translation>
    </message>
    <message>
        <source>a partner:</source>
        <translation>合作伙伴：</translation>
    </message>
    <message>
        <source>any partner in:</source>
        <translation>该国任何合作伙伴：</translation>
    </message>
    <message>
        <source>New interest</source>
        <translation>新意向</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>e.g. wants to learn from its heritage tourism</source>
        <translation>例如：希望学习其遗产旅游经验</translation>
    </message>
    <message>
        <source>Selected interest</source>
        <translation>所选意向</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>未保存：请更正红色标出的字段。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Interest of %1 in %2</source>
        <translation>%1对%2的意向</translation>
    </message>
    <message>
        <source>Saved. Undo (Ctrl+Z) takes it back.</source>
        <translation>已保存。撤销（Ctrl+Z）可还原。</translation>
    </message>
    <message>
        <source>Remove interest</source>
        <translation>删除意向</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>Removed. Undo (Ctrl+Z) brings it back.</source>
        <translation>已删除。撤销（Ctrl+Z）可恢复。</translation>
    </message>
</context>
<context>
    <name>cb::ui::LocalizedTextsEditor</name>
    <message>
        <source>Profile:</source>
        <translation>概况：</translation>
    </message>
    <message>
        <source>Heritage:</source>
        <translation>文化遗产：</translation>
    </message>
    <message>
        <source>Key sectors:</source>
        <translation>主要产业：</translation>
    </message>
    <message>
        <source>A paragraph about the place: its size, economy and what it is known for</source>
        <translation>简要介绍该地：规模、经济及知名之处</translation>
    </message>
    <message>
        <source>World Heritage sites, intangible heritage, historic districts</source>
        <translation>世界遗产地、非物质文化遗产、历史街区</translation>
    </message>
    <message>
        <source>The main economic sectors, e.g. tourism, logistics, agriculture</source>
        <translation>主要经济产业，例如旅游、物流、农业</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>heritage</source>
        <translation>文化遗产</translation>
    </message>
    <message>
        <source>key sectors</source>
        <translation>主要产业</translation>
    </message>
    <message>
        <source>%1 — missing</source>
        <translation>%1 — 缺失</translation>
    </message>
    <message>
        <source>Not yet written in Chinese: %1.</source>
        <translation>尚未用中文填写：%1。</translation>
    </message>
    <message>
        <source>Not yet written in Spanish: %1.</source>
        <translation>尚未用西班牙文填写：%1。</translation>
    </message>
    <message>
        <source>Not yet written in English: %1.</source>
        <translation>尚未用英文填写：%1。</translation>
    </message>
</context>
<context>
    <name>cb::ui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation>创建一个空的工作区文件</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>打开一个工作区文件</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Save Workspace &amp;As…</source>
        <translation>工作区另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Copy the workspace to another file and continue there</source>
        <translation>将工作区复制到另一个文件并在其中继续工作</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CityBridge</source>
        <translation>关于 CityBridge(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>Replace the workspace with one of its automatic backups</source>
        <translation>用工作区的某个自动备份替换当前工作区</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the workspace again, with the changes other windows or programs saved</source>
        <translation>重新读取工作区，包括其他窗口或程序保存的更改</translation>
    </message>
</context>
<context>
    <name>cb::ui::MainWindow</name>
    <message>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新工作区</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>无法创建工作区</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>工作区另存为</translation>
    </message>
    <message>
        <source>Cannot save the workspace</source>
        <translation>无法保存工作区</translation>
    </message>
    <message>
        <source>Saved a copy as %1; you are now working on the copy.</source>
        <translation>已另存副本为 %1；您现在正在处理该副本。</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n actor(s)</source>
        <translation>
            <numerusform>已打开 %1：%n 个行动方</numerusform>
        </translation>
    </message>
    <message>
        <source>Cities and Institutions</source>
        <translation>城市和机构</translation>
    </message>
    <message>
        <source>%1 — CityBridge</source>
        <translation>%1 — CityBridge</translation>
    </message>
    <message>
        <source>CityBridge</source>
        <translation>CityBridge</translation>
    </message>
    <message>
        <source>CityBridge workspaces (*.%1)</source>
        <translation>CityBridge 工作区 (*.%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>The workspace could not be written</source>
        <translation>无法写入工作区</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>伙伴关系流程</translation>
    </message>
    <message>
        <source>Decision Log</source>
        <translation>决策日志</translation>
    </message>
    <message>
        <source>Interest Map</source>
        <translation>意向地图</translation>
    </message>
    <message>
        <source>&amp;Import Survey…</source>
        <translation>导入调查(&amp;I)…</translation>
    </message>
    <message>
        <source>Survey imported: %1</source>
        <translation>调查已导入：%1</translation>
    </message>
    <message>
        <source>The proposals are still being worked out; try again in a moment.</source>
        <translation>提案仍在计算中，请稍后再试。</translation>
    </message>
    <message>
        <source>&amp;Briefs for All Proposals…</source>
        <translation>所有提案的简报(&amp;B)…</translation>
    </message>
    <message>
        <source>Pairing Brief</source>
        <translation>结对简报</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation>连接团队数据库(&amp;T)…</translation>
    </message>
    <message>
        <source>Open the team&apos;s shared workspace in a PostgreSQL database</source>
        <translation>打开 PostgreSQL 数据库中团队共享的工作区</translation>
    </message>
    <message>
        <source>%1 — Team Database — CityBridge</source>
        <translation>%1 — 团队数据库 — CityBridge</translation>
    </message>
    <message>
        <source>The workspace could not be read</source>
        <translation>无法读取工作区</translation>
    </message>
</context>
<context>
    <name>cb::ui::MapFilterBar</name>
    <message>
        <source>All themes</source>
        <translation>全部主题</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>全部国家</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截至(&amp;O)：</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>Only evidence dated on or after this day</source>
        <translation>只显示该日及以后的依据</translation>
    </message>
    <message>
        <source>Only evidence dated up to this day: the map as it stood then</source>
        <translation>只显示截至该日的依据：即当时的地图</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Show everything again</source>
        <translation>重新显示全部内容</translation>
    </message>
</context>
<context>
    <name>cb::ui::MapPanel</name>
    <message>
        <source>Interests</source>
        <translation>意向</translation>
    </message>
    <message>
        <source>Directed interests: arrows point at the city that is wanted as a partner</source>
        <translation>定向意向：箭头指向被希望成为合作伙伴的城市</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Pairings proposed by the matcher (dashed)</source>
        <translation>匹配引擎提议的配对（虚线）</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>伙伴关系</translation>
    </message>
    <message>
        <source>Partnerships in the pipeline, coloured by stage</source>
        <translation>进行中的伙伴关系，按阶段着色</translation>
    </message>
    <message>
        <source>Twin towns</source>
        <translation>友好城市</translation>
    </message>
    <message>
        <source>Existing twin-town links (thinned out when zoomed out)</source>
        <translation>现有的友好城市关系（缩小时会精简显示）</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Fit to selection</source>
        <translation>适应所选内容</translation>
    </message>
    <message>
        <source>Frame the selected city and its partners, or all cities</source>
        <translation>显示所选城市及其合作伙伴的完整范围，或显示所有城市</translation>
    </message>
</context>
<context>
    <name>cb::ui::MapView</name>
    <message>
        <source>Zoom in (+)</source>
        <translation>放大 (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>缩小 (−)</translation>
    </message>
    <message>
        <source>Fit to selection (F)</source>
        <translation>适应所选内容 (F)</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>世界地图</translation>
    </message>
</context>
<context>
    <name>cb::ui::MatchSettingsPanel</name>
    <message>
        <source>Shared priorities</source>
        <translation>共同优先事项</translation>
    </message>
    <message>
        <source>Complementarity</source>
        <translation>互补性</translation>
    </message>
    <message>
        <source>Expressed interest</source>
        <translation>表达的意向</translation>
    </message>
    <message>
        <source>Shared context</source>
        <translation>共同背景</translation>
    </message>
    <message>
        <source>Combine the two sides</source>
        <translation>双方得分的合并方式</translation>
    </message>
    <message>
        <source>Evidence half-life (months)</source>
        <translation>依据半衰期（月）</translation>
    </message>
    <message>
        <source>Partners per city</source>
        <translation>每个城市的合作伙伴数</translation>
    </message>
    <message>
        <source>Evidence up to</source>
        <translation>依据截至</translation>
    </message>
    <message>
        <source>Harmonic mean</source>
        <translation>调和平均数</translation>
    </message>
    <message>
        <source>Weaker side</source>
        <translation>较弱一方</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Cross-border pairs only</source>
        <translation>仅限跨境城市对</translation>
    </message>
    <message>
        <source>Ignore evidence on these themes:</source>
        <translation>忽略以下主题的依据：</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Replay the past</source>
        <translation>回溯过去</translation>
    </message>
    <message>
        <source>Count only the evidence dated up to the chosen day, as if matching on that day.</source>
        <translation>只计入截至所选日期的依据，如同在那一天进行匹配。</translation>
    </message>
</context>
<context>
    <name>cb::ui::MatrixPanel</name>
    <message>
        <source>Find a row by name</source>
        <translation>按名称查找行</translation>
    </message>
    <message>
        <source>No city has evidence under the current filter.</source>
        <translation>在当前筛选条件下没有城市有依据。</translation>
    </message>
</context>
<context>
    <name>cb::ui::MergeConflictModel</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
</context>
<context>
    <name>cb::ui::MergeDialog</name>
    <message>
        <source>No workspace is open.</source>
        <translation>没有打开的工作区。</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>未合并任何内容：%1</translation>
    </message>
    <message>
        <source>Merge Package — %1</source>
        <translation>合并数据包 — %1</translation>
    </message>
    <message>
        <source>Conflicts: both sides changed these fields; choose which value to keep</source>
        <translation>冲突：双方都修改了这些字段，请选择要保留的值</translation>
    </message>
    <message>
        <source>New from the package</source>
        <translation>数据包中的新条目</translation>
    </message>
    <message>
        <source>Taken from the package (empty or behind here)</source>
        <translation>从数据包采用（本地为空或较旧）</translation>
    </message>
    <message>
        <source>Keep All Mine</source>
        <translation>全部保留我的</translation>
    </message>
    <message>
        <source>Take All Theirs</source>
        <translation>全部采用对方的</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>The package %1 cannot be merged.</source>
        <translation>无法合并数据包 %1。</translation>
    </message>
    <message>
        <source>Package from %1, exported by %2 on %3.</source>
        <translation>数据包来自 %1，由 %2 于 %3 导出。</translation>
    </message>
    <message>
        <source>Workspace %1 (not exported as a package).</source>
        <translation>工作区 %1（并非以数据包形式导出）。</translation>
    </message>
    <message>
        <source>New: %1 · already here: %2 (recognised by name: %3) · conflicts: %4</source>
        <translation>新增：%1 · 已存在：%2（按名称识别：%3）· 冲突：%4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 = %2 (recognised by name)</source>
        <translation>%1 = %2（按名称识别）</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Also added: %1 aliases, %2 priorities and offers, %3 interests, %4 memberships, %5 participations, %6 stage changes, %7 pair rules, %8 notes, %9 decision-log lines.</source>
        <translation>另外添加：%1 个别名，%2 项优先事项和可提供的资源/经验，%3 项意向，%4 项成员关系，%5 项活动参与，%6 次阶段变更，%7 条城市对规则，%8 条备注，%9 行决策日志。</translation>
    </message>
    <message>
        <source>Nothing to merge: the workspace already holds everything in the package.</source>
        <translation>无需合并：工作区已包含数据包中的全部内容。</translation>
    </message>
</context>
<context>
    <name>cb::ui::ParticipationTableModel</name>
    <message>
        <source>Participant</source>
        <translation>参与方</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
</context>
<context>
    <name>cb::ui::PartnershipDetailsPanel</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>将 %1 移至“%2”</translation>
    </message>
    <message>
        <source>The stage could not be changed: %1</source>
        <translation>无法变更阶段：%1</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 已移至“%2”。</translation>
    </message>
    <message>
        <source>No activity since %1</source>
        <translation>自 %1 起无活动</translation>
    </message>
    <message>
        <source>Edit details of %1</source>
        <translation>编辑 %1 的详情</translation>
    </message>
    <message>
        <source>The details could not be saved: %1</source>
        <translation>无法保存详情：%1</translation>
    </message>
    <message>
        <source>Details of %1 saved.</source>
        <translation>%1 的详情已保存。</translation>
    </message>
    <message>
        <source>Select a partnership to see its history and move it through the stages.</source>
        <translation>选择一个伙伴关系，查看其历史并推进其阶段。</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>移至阶段</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>The day it happened; today unless you record an earlier step</source>
        <translation>发生的日期；默认为今天，补记较早的步骤时可更改</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. first video call</source>
        <translation>例如：首次视频通话</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>移动(&amp;M)</translation>
    </message>
    <message>
        <source>Record the move with your name and today&apos;s time; Ctrl+Z takes it back</source>
        <translation>以您的姓名和当前时间记录此次变更；按 Ctrl+Z 可撤销</translation>
    </message>
    <message>
        <source>Mark &amp;dormant</source>
        <translation>标记为休眠(&amp;D)</translation>
    </message>
    <message>
        <source>Move to stage “Dormant” today, noting since when nothing happened</source>
        <translation>今天移至“休眠”阶段，并注明自何时起无活动</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Officer in charge</source>
        <translation>负责的官员</translation>
    </message>
    <message>
        <source>Ne&amp;xt action:</source>
        <translation>下一步行动(&amp;X)：</translation>
    </message>
    <message>
        <source>e.g. send the draft MoU</source>
        <translation>例如：发送谅解备忘录草案</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>截止(&amp;U)：</translation>
    </message>
    <message>
        <source>Give the next action a due day</source>
        <translation>为下一步行动设定截止日期</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>摘要(&amp;M)：</translation>
    </message>
    <message>
        <source>Sa&amp;ve details</source>
        <translation>保存详情(&amp;V)</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>放弃更改(&amp;I)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>操作人：%1</translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation>记录于 %1</translation>
    </message>
    <message>
        <source>No stage changes recorded yet.</source>
        <translation>尚未记录阶段变更。</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>开始：%1</translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>最近活动：%1</translation>
    </message>
    <message numerus="yes">
        <source>Flagged dormant: no activity for %n month(s).</source>
        <translation>
            <numerusform>已标记为休眠：%n 个月无活动。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>These are the stored details now. Make your change again and save.</source>
        <translation>现在显示的是已存储的详情。请再次进行您的修改并保存。</translation>
    </message>
</context>
<context>
    <name>cb::ui::PasswordKeyring</name>
    <message>
        <source>the keyring did not answer</source>
        <translation>密钥环没有响应</translation>
    </message>
    <message>
        <source>No system keyring answered (such as GNOME Keyring or KWallet), so the password cannot be remembered: CityBridge asks for it each time.</source>
        <translation>没有可用的系统密钥环（如 GNOME Keyring 或 KWallet），因此无法记住密码：CityBridge 每次都会询问密码。</translation>
    </message>
    <message>
        <source>The password could not be stored in the keyring: %1</source>
        <translation>无法将密码存入密钥环：%1</translation>
    </message>
</context>
<context>
    <name>cb::ui::PipelineModel</name>
    <message>
        <source>Actor</source>
        <translation>行动方</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>提醒</translation>
    </message>
    <message numerus="yes">
        <source>Partnerships without activity for %n month(s) are flagged dormant</source>
        <translation>
            <numerusform>%n 个月无活动的伙伴关系会被标记为休眠</numerusform>
        </translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1（截止 %2）</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>沉寂</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message numerus="yes">
        <source>No activity for %n month(s), since %1.</source>
        <translation>
            <numerusform>已有 %n 个月无活动（自 %1 起）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partnerships are flagged dormant after %n month(s) without activity.</source>
        <translation>
            <numerusform>伙伴关系在 %n 个月无活动后会被标记为休眠。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::ui::PipelinePage</name>
    <message>
        <source>Search partners, next actions, summaries…</source>
        <translation>搜索合作伙伴、下一步行动、摘要…</translation>
    </message>
    <message>
        <source>Matches either partner&apos;s name or alias in any language, the next action, the summary and the owner</source>
        <translation>匹配任一合作伙伴的任何语言名称或别名、下一步行动、摘要和负责人</translation>
    </message>
    <message>
        <source>Show one stage of the pipeline</source>
        <translation>只显示流程中的一个阶段</translation>
    </message>
    <message>
        <source>Show the partnerships of one owner</source>
        <translation>只显示某一负责人的伙伴关系</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Next action overdue</source>
        <translation>下一步行动逾期</translation>
    </message>
    <message>
        <source>Flagged dormant</source>
        <translation>标记为休眠</translation>
    </message>
    <message>
        <source>Overdue or dormant</source>
        <translation>逾期或休眠</translation>
    </message>
    <message>
        <source>Show only partnerships that need attention</source>
        <translation>只显示需要关注的伙伴关系</translation>
    </message>
    <message>
        <source>Flag as dormant after:</source>
        <translation>标记为休眠的期限：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Partnerships with no activity for this many months are flagged dormant. Saved in the workspace; Ctrl+Z takes a change back.</source>
        <translation>在这么多个月内无活动的伙伴关系会被标记为休眠。此设置保存在工作区中；按 Ctrl+Z 可撤销更改。</translation>
    </message>
    <message>
        <source>All stages (%1)</source>
        <translation>所有阶段（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>所有负责人</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n 个伙伴关系</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n partnership(s) shown</source>
        <translation>
            <numerusform>显示 %1 个，共 %n 个伙伴关系</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 flagged dormant</source>
        <translation>%1 个标记为休眠</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 个逾期</translation>
    </message>
    <message numerus="yes">
        <source>Flag as dormant after %n month(s)</source>
        <translation>
            <numerusform>%n 个月后标记为休眠</numerusform>
        </translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
</context>
<context>
    <name>cb::ui::ProposalsModel</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>What each side gains: the first city&apos;s view, then the partner&apos;s.</source>
        <translation>双方各自的收益：先是第一个城市的视角，然后是合作伙伴的视角。</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>城市对</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>For this city</source>
        <translation>对本城市</translation>
    </message>
    <message>
        <source>First → second</source>
        <translation>第一方 → 第二方</translation>
    </message>
    <message>
        <source>For the partner</source>
        <translation>对合作伙伴</translation>
    </message>
    <message>
        <source>Second → first</source>
        <translation>第二方 → 第一方</translation>
    </message>
    <message>
        <source>Shared themes</source>
        <translation>共同主题</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>Working hours shared</source>
        <translation>重叠办公时间</translation>
    </message>
</context>
<context>
    <name>cb::ui::ProposalsPage</name>
    <message>
        <source>Matching cancelled; the proposals shown are from the previous run.</source>
        <translation>匹配已取消；当前显示的是上一次运行得出的提案。</translation>
    </message>
    <message>
        <source>Some stored matching settings could not be read; defaults are used for them.</source>
        <translation>部分已保存的匹配设置无法读取；这些设置改用默认值。</translation>
    </message>
    <message>
        <source>The settings could not be saved in the workspace: %1</source>
        <translation>无法将设置保存到工作区：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s), total score %1 (optimal); a greedy choice would reach %2.</source>
        <translation>
            <numerusform>%n 项提案，总得分 %1（最优）；贪心算法的选择将得到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>the locked pairs</source>
        <translation>锁定的城市对</translation>
    </message>
    <message>
        <source>the cap per pair of countries</source>
        <translation>每对国家的上限</translation>
    </message>
    <message>
        <source>the declined, excluded and deferred pairs</source>
        <translation>已拒绝、已排除和已推迟的城市对</translation>
    </message>
    <message>
        <source>Without %1 the total would be %2.</source>
        <translation>若不考虑%1，总得分将为 %2。</translation>
    </message>
    <message>
        <source>Matching finished in %1 ms.</source>
        <translation>匹配已完成，用时 %1 毫秒。</translation>
    </message>
    <message>
        <source>Accept pair</source>
        <translation>接受城市对</translation>
    </message>
    <message>
        <source>Clear rule on pair</source>
        <translation>清除城市对的规则</translation>
    </message>
    <message>
        <source>This pair has no rule to clear.</source>
        <translation>该城市对没有可清除的规则。</translation>
    </message>
    <message>
        <source>Write the reason for declining in the field above, then press Decline again.</source>
        <translation>请在上方字段中填写拒绝原因，然后再次按“拒绝”。</translation>
    </message>
    <message>
        <source>Decision recorded; Undo takes it back.</source>
        <translation>决策已记录；撤销可还原。</translation>
    </message>
    <message>
        <source>Weights and rules</source>
        <translation>权重与规则</translation>
    </message>
    <message>
        <source>Global proposals</source>
        <translation>全局提案</translation>
    </message>
    <message>
        <source>Ranked partners (select a city)</source>
        <translation>合作伙伴排名（请选择城市）</translation>
    </message>
    <message>
        <source>Ranked partners of %1</source>
        <translation>%1 的合作伙伴排名</translation>
    </message>
    <message>
        <source>Why this pair</source>
        <translation>提议此城市对的理由</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reason (required to decline)</source>
        <translation>原因（拒绝时必填）</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>拒绝(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;fer</source>
        <translation>推迟(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>置顶(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>E&amp;xclude</source>
        <translation>排除(&amp;X)</translation>
    </message>
    <message>
        <source>Create a partnership at stage “proposed” and record the decision.</source>
        <translation>创建处于“已提议”阶段的伙伴关系，并记录该决策。</translation>
    </message>
    <message>
        <source>Record that the pair was declined, with the reason; it is not proposed again until cleared.</source>
        <translation>记录该城市对已被拒绝及其原因；在清除该规则之前不会再次提议。</translation>
    </message>
    <message>
        <source>Keep the pair out of the proposals for now.</source>
        <translation>暂时不将该城市对列入提案。</translation>
    </message>
    <message>
        <source>Show this partner first in the city&apos;s ranking.</source>
        <translation>在该城市的排名中将此合作伙伴排在首位。</translation>
    </message>
    <message>
        <source>Force this pair into the global proposals.</source>
        <translation>强制将该城市对列入全局提案。</translation>
    </message>
    <message>
        <source>Never propose this pair.</source>
        <translation>永不提议该城市对。</translation>
    </message>
    <message>
        <source>Remove the rules on this pair.</source>
        <translation>清除该城市对的规则。</translation>
    </message>
    <message>
        <source>Decline pair</source>
        <translation>拒绝城市对</translation>
    </message>
    <message>
        <source>Defer pair</source>
        <translation>暂缓城市对</translation>
    </message>
    <message>
        <source>Pin pair</source>
        <translation>置顶城市对</translation>
    </message>
    <message>
        <source>Lock pair</source>
        <translation>锁定城市对</translation>
    </message>
    <message>
        <source>Exclude pair</source>
        <translation>排除城市对</translation>
    </message>
    <message>
        <source>Clea&amp;r rules</source>
        <translation>清除规则(&amp;R)</translation>
    </message>
    <message>
        <source>Pairing &amp;Brief…</source>
        <translation>结对简报(&amp;B)…</translation>
    </message>
    <message>
        <source>Preview and save the brief of this pair for the two cities&apos; offices.</source>
        <translation>预览并保存此城市对的简报，供两市相关部门使用。</translation>
    </message>
</context>
<context>
    <name>cb::ui::RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>没有打开的工作区。</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet. They are kept in %2.</source>
        <translation>%1 还没有备份。备份保存在 %2。</translation>
    </message>
    <message>
        <source>Backups of %1, newest first, kept in %2.</source>
        <translation>%1 的备份(最新的在前),保存在 %2。</translation>
    </message>
    <message>
        <source>Choose a verified backup to restore.</source>
        <translation>请选择一个已验证的备份来恢复。</translation>
    </message>
    <message>
        <source>Replace the workspace %1 with the backup taken %2?

The current state is backed up first: restore that backup to undo this.</source>
        <translation>用 %2 创建的备份替换工作区 %1 吗?

当前状态会先备份:恢复该备份即可撤销此操作。</translation>
    </message>
    <message>
        <source>%1 was restored from the backup taken %2. The state before is kept as a backup: %3</source>
        <translation>%1 已从 %2 创建的备份恢复。之前的状态已保存为备份:%3</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Restoring replaces the open workspace with the chosen backup. The current state is backed up first, so a restore can be undone by restoring that backup. Damaged backups cannot be restored.</source>
        <translation>恢复会用所选备份替换当前打开的工作区。当前状态会先备份,因此恢复该备份即可撤销恢复。已损坏的备份无法恢复。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
</context>
<context>
    <name>cb::ui::ScoreSnapshotFormatter</name>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Score parts</source>
        <translation>得分构成</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Hard rules</source>
        <translation>硬性规则</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>In the global proposals</source>
        <translation>列入全局提案</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>距离（公里）</translation>
    </message>
    <message>
        <source>No score was recorded with this decision.</source>
        <translation>此决策未记录得分。</translation>
    </message>
    <message>
        <source>The score snapshot is not valid JSON; it is shown as stored.</source>
        <translation>得分快照不是有效的 JSON，按原样显示。</translation>
    </message>
    <message>
        <source>Score %1 → %2</source>
        <translation>得分 %1 → %2</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>构成项</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>cb::ui::StatementTableModel</name>
    <message>
        <source>Priority</source>
        <translation>优先事项</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>可提供的资源/经验</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>cb::ui::StatementsEditor</name>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Weight (0–1):</source>
        <translation>权重（0–1）：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Priorities and offers: %1</source>
        <translation>优先事项与可提供的资源/经验：%1</translation>
    </message>
    <message>
        <source>New priority</source>
        <translation>新优先事项</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>新的可提供资源/经验</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>e.g. digital heritage exhibition</source>
        <translation>例如：数字遗产展览</translation>
    </message>
    <message>
        <source>Priority — what it wants to develop</source>
        <translation>优先事项 — 希望发展的领域</translation>
    </message>
    <message>
        <source>Offer — what it can share</source>
        <translation>可提供的资源/经验 — 可以分享的做法</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>所选条目</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>新条目</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>未保存：请更正红色标出的字段。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Add priority %1</source>
        <translation>添加优先事项 %1</translation>
    </message>
    <message>
        <source>Add offer %1</source>
        <translation>添加可提供的资源/经验 %1</translation>
    </message>
    <message>
        <source>Saved. Undo (Ctrl+Z) takes it back.</source>
        <translation>已保存。撤销（Ctrl+Z）可还原。</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>Removed. Undo (Ctrl+Z) brings it back.</source>
        <translation>已删除。撤销（Ctrl+Z）可恢复。</translation>
    </message>
</context>
<context>
    <name>cb::ui::WhyPanel</name>
    <message>
        <source>Select a proposal or a ranked partner to see why it is proposed.</source>
        <translation>选择一项提案或排名中的合作伙伴，查看提议理由。</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Score %1: %2 for %3, %4 for %5.</source>
        <translation>得分 %1：对%3为 %2，对%5为 %4。</translation>
    </message>
    <message>
        <source>Replay: only evidence dated up to %1 counts.</source>
        <translation>回溯：只计入截至 %1 的依据。</translation>
    </message>
</context>
<context>
    <name>cb::ui::WorkspaceDocument</name>
    <message>
        <source>No file name was given.</source>
        <translation>未提供文件名。</translation>
    </message>
    <message>
        <source>%1 is the workspace currently open; choose another file name.</source>
        <translation>%1 是当前打开的工作区；请选择其他文件名。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>没有打开的工作区。</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>无法撤销“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>无法重做“%1”：%2</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>官员</translation>
    </message>
    <message>
        <source>The workspace is open read-only.</source>
        <translation>工作区以只读方式打开。</translation>
    </message>
    <message>
        <source>The workspace could not be written.</source>
        <translation>无法写入工作区。</translation>
    </message>
    <message>
        <source>The change was saved, but the workspace could not be read again: %1</source>
        <translation>更改已保存，但无法重新读取工作区：%1</translation>
    </message>
    <message>
        <source>Today&apos;s backup of the workspace could not be made: %1</source>
        <translation>无法生成工作区的今日备份：%1</translation>
    </message>
    <message>
        <source>The workspace is open read-only; a backup cannot be restored over it.</source>
        <translation>工作区以只读方式打开,无法用备份覆盖它。</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>无法恢复该备份:%1</translation>
    </message>
    <message>
        <source>The backup was restored, but the workspace cannot be opened: %1</source>
        <translation>备份已恢复,但无法打开工作区:%1</translation>
    </message>
    <message>
        <source>%1 (as %2)</source>
        <translation>%1（身份：%2）</translation>
    </message>
    <message>
        <source>Not available for a team database: this works on workspace files. To get a file, copy the database with citybridge migrate-to.</source>
        <translation>团队数据库不支持此功能：它仅适用于工作区文件。如需文件，请用 citybridge migrate-to 复制数据库。</translation>
    </message>
    <message>
        <source>The workspace was changed by another window or program, but could not be read again: %1</source>
        <translation>工作区已被另一个窗口或程序修改，但无法重新读取：%1</translation>
    </message>
</context>
</TS>
