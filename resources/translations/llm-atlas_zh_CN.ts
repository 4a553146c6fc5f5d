<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LLM Atlas</source>
        <translation>关于 LLM Atlas</translation>
    </message>
    <message>
        <source>LLM Atlas icon</source>
        <translation>LLM Atlas 图标</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LLM Atlas %1&lt;/h3&gt;&lt;p&gt;Which open-weight model, at which quantization, fits on which GPUs, and what it costs against an API.&lt;/p&gt;&lt;p&gt;Data as of &lt;b&gt;%2&lt;/b&gt;: %3 sources, %4 models, %5 GPUs.&lt;/p&gt;&lt;p&gt;LLM Atlas is free software under the GNU General Public License, version 3 or later. The bundled data quotes a published article verbatim and cites public facts; each source keeps its own terms and is listed below with its origin.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LLM Atlas %1&lt;/h3&gt;&lt;p&gt;哪个开放权重模型、以哪种量化方式、能放进哪些 GPU，与 API 相比成本如何。&lt;/p&gt;&lt;p&gt;数据截至 &lt;b&gt;%2&lt;/b&gt;：%3 个来源、%4 个模型、%5 种 GPU。&lt;/p&gt;&lt;p&gt;LLM Atlas 是自由软件，依据 GNU 通用公共许可证第 3 版或更高版本发布。内置数据逐字引用一篇已发表的文章并注明公开事实的出处；每个来源保留其自身条款，并在下方列出其出处。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Every source of the open dataset with its origin and as-of date</source>
        <translation>当前数据集的所有来源及其出处和截至日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Model licences, as the sources state them:&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;模型许可证（依来源所述）：&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AtlasDocument</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>“%1” is open read-only, so it cannot be edited. Save a copy (File &gt; Save As) and edit that.</source>
        <translation>“%1”以只读方式打开，无法编辑。请另存一份副本（文件 &gt; 另存为）并编辑该副本。</translation>
    </message>
    <message>
        <source>That row is no longer in the dataset.</source>
        <translation>该行已不在数据集中。</translation>
    </message>
    <message>
        <source>Put %1 in the tier list</source>
        <translation>将 %1 加入分级榜</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>编辑 %2 的 %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>typed in by a user of this file</source>
        <translation>由此文件的用户输入</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>%1 from the tier list</source>
        <translation>分级榜中的 %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>its %1 tier-list entries</source>
        <translation>其 %1 个分级榜条目</translation>
    </message>
    <message>
        <source>%1 quoted hardware figures</source>
        <translation>%1 条引用的硬件数据</translation>
    </message>
    <message>
        <source>%1 recommendations</source>
        <translation>%1 条推荐</translation>
    </message>
    <message>
        <source>the link from %1 API prices (the prices stay)</source>
        <translation>%1 条 API 价格的关联（价格保留）</translation>
    </message>
    <message>
        <source>the link from %1 quoted costs (the costs stay)</source>
        <translation>%1 条引用成本的关联（成本保留）</translation>
    </message>
    <message>
        <source>%1 GPU configurations</source>
        <translation>%1 个 GPU 配置</translation>
    </message>
    <message>
        <source>Import measured runs from %1</source>
        <translation>从 %1 导入实测运行记录</translation>
    </message>
    <message>
        <source>%1 measured runs</source>
        <translation>%1 条实测运行记录</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>引用值</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>计算值</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>the size must be %1 to %2 pixels each way, not %3 × %4.</source>
        <translation>尺寸在每个方向上必须为 %1 到 %2 像素，而不是 %3 × %4。</translation>
    </message>
    <message>
        <source>the scale must be from %1 to %2, not %3.</source>
        <translation>缩放比例必须在 %1 到 %2 之间，而不是 %3。</translation>
    </message>
    <message>
        <source>cannot tell the format of “%1”: use a .png, .svg or .pdf file.</source>
        <translation>无法判断“%1”的格式：请使用 .png、.svg 或 .pdf 文件。</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>LLM Atlas comparison report</source>
        <translation>LLM Atlas 比较报告</translation>
    </message>
    <message>
        <source>Made with LLM Atlas %1 on %2 from %3.</source>
        <translation>由 LLM Atlas %1 于 %2 根据 %3 生成。</translation>
    </message>
    <message>
        <source>VRAM fit</source>
        <translation>显存适配</translation>
    </message>
    <message>
        <source>What each model needs in GPU memory on %1 (weights, KV cache and overhead), against the usable capacity, drawn as a dashed line.</source>
        <translation>每个模型在 %1 上所需的 GPU 显存（权重、KV 缓存和额外开销），与以虚线表示的可用容量对比。</translation>
    </message>
    <message>
        <source>Cost against volume</source>
        <translation>成本与用量</translation>
    </message>
    <message>
        <source>Monthly cost of self-hosting and of APIs as the monthly volume grows; the marker stands at %1 tokens a month.</source>
        <translation>随着月用量增长，自托管与 API 的月成本；标记位于每月 %1 token 处。</translation>
    </message>
    <message>
        <source>Tier overview</source>
        <translation>等级概览</translation>
    </message>
    <message>
        <source>The tier list&apos;s models by total parameters, with the part used for each token.</source>
        <translation>分级榜中的模型按总参数量排列，并标出每个 token 使用的部分。</translation>
    </message>
    <message>
        <source>Tier list</source>
        <translation>分级榜</translation>
    </message>
    <message>
        <source>As filtered and sorted in the window; “Needs” and “Fit” are for %1.</source>
        <translation>按窗口中的筛选和排序；“所需”和“适配”针对 %1。</translation>
    </message>
    <message>
        <source>Cost options</source>
        <translation>成本方案</translation>
    </message>
    <message>
        <source>At %1 tokens a month, cheapest first.</source>
        <translation>每月 %1 token，最便宜的在前。</translation>
    </message>
    <message>
        <source>Data audit</source>
        <translation>数据审核</translation>
    </message>
    <message>
        <source>Where the data contradicts itself or physics, worst first.</source>
        <translation>数据自相矛盾或违背物理规律之处，最严重的在前。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Every source the database cites, with its as-of date.</source>
        <translation>数据库引用的每个来源及其截至日期。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
</context>
<context>
    <name>CostChart</name>
    <message>
        <source>Tokens a month</source>
        <translation>每月 token 数</translation>
    </message>
    <message>
        <source>Cost a month (US$)</source>
        <translation>每月成本（美元）</translation>
    </message>
    <message>
        <source>Chosen volume</source>
        <translation>所选用量</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>盈亏平衡点</translation>
    </message>
    <message>
        <source>%1 API</source>
        <translation>%1 API</translation>
    </message>
    <message>
        <source>Choose a model to compare</source>
        <translation>请选择要比较的模型</translation>
    </message>
    <message>
        <source>GPUs rented</source>
        <translation>租用 GPU</translation>
    </message>
    <message>
        <source>GPUs owned over %1 months</source>
        <translation>自有 GPU，摊销 %1 个月</translation>
    </message>
    <message>
        <source>%1 tokens a month: %2 a month, %3 per million tokens</source>
        <translation>每月 %1 token：每月 %2，每百万 token %3</translation>
    </message>
    <message>
        <source>%1 replicas</source>
        <translation>%1 个副本</translation>
    </message>
    <message>
        <source>%1: %2 (solid) sized for %3 requests/s at peak against APIs (dashed), %4 input:output</source>
        <translation>%1：%2（实线，按峰值每秒 %3 个请求配置）对比 API（虚线），输入:输出 %4</translation>
    </message>
    <message>
        <source>%1: %2 (solid) against APIs (dashed), %3 utilisation, %4 input:output</source>
        <translation>%1：%2（实线）对比 API（虚线），利用率 %3，输入:输出 %4</translation>
    </message>
</context>
<context>
    <name>CostControls</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>The open-weight model self-hosted on the GPU configurations</source>
        <translation>在这些 GPU 配置上自托管的开放权重模型</translation>
    </message>
    <message>
        <source>GPU configurations to compare</source>
        <translation>要比较的 GPU 配置</translation>
    </message>
    <message>
        <source>Checked configurations get a line and a row; the article&apos;s presets are checked at first</source>
        <translation>勾选的配置会显示一条曲线和一行；初始勾选文章中的预设</translation>
    </message>
    <message>
        <source>APIs to compare</source>
        <translation>要比较的 API</translation>
    </message>
    <message>
        <source>Checked APIs get a line and a row; APIs serving the model and those the article&apos;s cost table names are checked at first</source>
        <translation>勾选的 API 会显示一条曲线和一行；初始勾选提供该模型的 API 以及文章成本表中提到的 API</translation>
    </message>
    <message>
        <source>Average GPU utilisation</source>
        <translation>平均 GPU 利用率</translation>
    </message>
    <message>
        <source>Share of a configuration&apos;s peak throughput used on average over the month: traffic has peaks and quiet hours</source>
        <translation>每月平均使用的配置峰值吞吐量比例：流量有高峰也有低谷</translation>
    </message>
    <message>
        <source>Input share of the token mix</source>
        <translation>token 构成中的输入占比</translation>
    </message>
    <message>
        <source>Input (prompt) tokens per output token&apos;s share: APIs price the two sides differently</source>
        <translation>输入（提示）token 相对输出 token 的占比：API 对两者定价不同</translation>
    </message>
    <message>
        <source>Output share of the token mix</source>
        <translation>token 构成中的输出占比</translation>
    </message>
    <message>
        <source>Output (generated) tokens&apos; share of the mix</source>
        <translation>输出（生成）token 在构成中的占比</translation>
    </message>
    <message>
        <source>Rent or own the GPUs</source>
        <translation>租用还是购买 GPU</translation>
    </message>
    <message>
        <source>Rent: GPUs × cloud price per hour × 730 hours. Own: purchase price spread over the amortisation period, plus power at full TDP</source>
        <translation>租用：GPU 数 × 每小时云价格 × 730 小时。购买：购置价格在摊销期内分摊，另加满 TDP 功耗的电费</translation>
    </message>
    <message>
        <source>Rent (cloud, per hour)</source>
        <translation>租用（云，按小时）</translation>
    </message>
    <message>
        <source>Own (buy and amortise)</source>
        <translation>购买（购置并摊销）</translation>
    </message>
    <message>
        <source>Amortisation period in months</source>
        <translation>摊销期（月）</translation>
    </message>
    <message>
        <source>Owned GPUs: the purchase price is spread over this many months</source>
        <translation>自有 GPU：购置价格分摊到这么多个月</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Power price per kilowatt-hour</source>
        <translation>每千瓦时电价</translation>
    </message>
    <message>
        <source>Owned GPUs draw their full TDP all month at this price: an upper bound</source>
        <translation>自有 GPU 按此价格整月满 TDP 耗电：这是上限</translation>
    </message>
    <message>
        <source> /kWh</source>
        <translation> /kWh</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Mode&amp;l:</source>
        <translation>模型(&amp;L)：</translation>
    </message>
    <message>
        <source>GPU co&amp;nfigurations:</source>
        <translation>GPU 配置(&amp;N)：</translation>
    </message>
    <message>
        <source>API&amp;s:</source>
        <translation>API(&amp;S)：</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>U&amp;tilisation:</source>
        <translation>利用率(&amp;T)：</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>&amp;In : out:</source>
        <translation>输入:输出(&amp;I)：</translation>
    </message>
    <message>
        <source>G&amp;PUs:</source>
        <translation>GPU(&amp;P)：</translation>
    </message>
    <message>
        <source>Amo&amp;rtise over:</source>
        <translation>摊销期(&amp;R)：</translation>
    </message>
    <message>
        <source>Po&amp;wer:</source>
        <translation>电费(&amp;W)：</translation>
    </message>
    <message>
        <source>%1: %2 of memory</source>
        <translation>%1：%2 显存</translation>
    </message>
    <message>
        <source>Rent: %1 an hour per GPU (as of %2)</source>
        <translation>租用：每 GPU 每小时 %1（截至 %2）</translation>
    </message>
    <message>
        <source>Buy: %1 per GPU</source>
        <translation>购买：每 GPU %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 in / %2 out per million tokens, as of %3</source>
        <translation>每百万 token 输入 %1 / 输出 %2，截至 %3</translation>
    </message>
    <message>
        <source>Serves %1</source>
        <translation>提供 %1</translation>
    </message>
    <message>
        <source>Fit and throughput at %1 weights with %2 tokens of context per sequence, batched up to %3 sequences.</source>
        <translation>按 %1 权重、每序列 %2 token 上下文、最多 %3 个序列批处理计算的适配与吞吐量。</translation>
    </message>
</context>
<context>
    <name>CostModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>The token volume must be a finite number, zero or more.</source>
        <translation>token 用量必须是有限数值，且不小于零。</translation>
    </message>
    <message>
        <source>The input:output ratio needs two non-negative parts, not both zero.</source>
        <translation>输入:输出比例需要两个非负数，且不能都为零。</translation>
    </message>
    <message>
        <source>Utilisation must be more than 0% and at most 100%.</source>
        <translation>利用率必须大于 0% 且不超过 100%。</translation>
    </message>
    <message>
        <source>Hours per month must be more than zero.</source>
        <translation>每月小时数必须大于零。</translation>
    </message>
    <message>
        <source>Owned GPUs need an amortisation period of at least one month.</source>
        <translation>自有 GPU 的摊销期至少为一个月。</translation>
    </message>
    <message>
        <source>The power price cannot be negative.</source>
        <translation>电价不能为负数。</translation>
    </message>
    <message>
        <source>A throughput set by hand must be more than zero tokens a second.</source>
        <translation>手动设置的吞吐量必须大于每秒零个 token。</translation>
    </message>
    <message>
        <source>%1 %2 API</source>
        <translation>%1 %2 API</translation>
    </message>
    <message>
        <source>%1 on %2 (rented)</source>
        <translation>%1，部署于 %2（租用）</translation>
    </message>
    <message>
        <source>%1 on %2 (owned)</source>
        <translation>%1，部署于 %2（自有）</translation>
    </message>
    <message>
        <source>A configuration needs at least one GPU.</source>
        <translation>一个配置至少需要一块 GPU。</translation>
    </message>
    <message>
        <source>%1 has no cloud price in the database, so it cannot be rented here; try owning it.</source>
        <translation>数据库中没有 %1 的云价格，因此无法在此租用；请尝试自购。</translation>
    </message>
    <message>
        <source>%1 has no purchase price in the database, so it cannot be bought here; try renting it.</source>
        <translation>数据库中没有 %1 的购置价格，因此无法在此购买；请尝试租用。</translation>
    </message>
    <message>
        <source>%1 has no power draw in the database: power is not counted.</source>
        <translation>数据库中没有 %1 的功耗：不计电费。</translation>
    </message>
    <message>
        <source>%1 does not fit on %2 at %3 with %4 of context: it needs %5 of the %6 usable.</source>
        <translation>%1 在 %3、%4 上下文下放不进 %2：需要 %5，而可用仅 %6。</translation>
    </message>
    <message>
        <source>It would fit with the routed experts in system RAM.</source>
        <translation>若将路由专家放在系统内存中则可以放下。</translation>
    </message>
    <message>
        <source>No memory is left on %1 for even one sequence&apos;s KV cache.</source>
        <translation>%1 上剩余的显存连一个序列的 KV 缓存都放不下。</translation>
    </message>
    <message>
        <source>%1 has no memory bandwidth or compute figures, so its throughput cannot be estimated.</source>
        <translation>%1 缺少显存带宽或算力数据，因此无法估算其吞吐量。</translation>
    </message>
    <message>
        <source>%1 tokens a month would need more than a trillion copies of %2.</source>
        <translation>每月 %1 token 需要超过一万亿份 %2 副本。</translation>
    </message>
    <message numerus="yes">
        <source>%1 tokens a month is more than one %2 serves at %3 utilisation (%4 tokens a month): the cost counts %n copies of it.</source>
        <translation>
            <numerusform>每月 %1 token 超出了一份 %2 在 %3 利用率下的承载量（每月 %4 token）：成本按 %n 份副本计算。</numerusform>
        </translation>
    </message>
    <message>
        <source>Throughput set by hand: %1 tokens/s (the estimate is %2).</source>
        <translation>手动设置的吞吐量：%1 token/秒（估算值为 %2）。</translation>
    </message>
    <message>
        <source>A batch of %1 sequences touches more of the MoE&apos;s experts than one token does, so this throughput estimate is optimistic.</source>
        <translation>%1 个序列组成的批次会用到比单个 token 更多的 MoE 专家，因此该吞吐量估算偏乐观。</translation>
    </message>
    <message>
        <source>Routed experts are kept in system RAM; the throughput estimate ignores reading them and is optimistic.</source>
        <translation>路由专家放在系统内存中；吞吐量估算未计入读取它们的开销，因此偏乐观。</translation>
    </message>
    <message>
        <source>A break-even needs one self-hosting option and one API option.</source>
        <translation>计算盈亏平衡点需要一个自托管方案和一个 API 方案。</translation>
    </message>
    <message>
        <source>%1 is not an option: %2</source>
        <translation>%1 不可行：%2</translation>
    </message>
    <message>
        <source>between %1 and %2 tokens a month</source>
        <translation>在每月 %1 到 %2 token 之间</translation>
    </message>
    <message>
        <source>%1 costs nothing, so self-hosting never costs less.</source>
        <translation>%1 不收费，因此自托管永远不会更便宜。</translation>
    </message>
    <message>
        <source>%1 never costs less than %2 %3: even at its capacity (%4 tokens a month) it costs %5 per million tokens, more than the API&apos;s %6.</source>
        <translation>%3，%1 始终不比 %2 便宜：即使在满负荷（每月 %4 token）下，每百万 token 也要 %5，高于该 API 的 %6。</translation>
    </message>
    <message>
        <source>%1 never costs less than %2 %3: it would first at %4 tokens a month.</source>
        <translation>%3，%1 始终不比 %2 便宜：要到每月 %4 token 才会更便宜。</translation>
    </message>
    <message>
        <source>%1 costs no more than %2 from %3 tokens a month; below that the API is cheaper.</source>
        <translation>从每月 %3 token 起，%1 的成本不高于 %2；低于此用量时 API 更便宜。</translation>
    </message>
    <message>
        <source>%1 already costs no more than %2 at %3 tokens a month.</source>
        <translation>在每月 %3 token 时，%1 的成本已不高于 %2。</translation>
    </message>
    <message>
        <source>Just past each multiple of %1 tokens a month another copy is needed and the API is cheaper again for a while, up to %2 tokens a month.</source>
        <translation>每月用量刚超过 %1 token 的整数倍时，就需要再加一份副本，API 会在一段时间内重新更便宜，直至每月 %2 token。</translation>
    </message>
    <message>
        <source>Just past %1 tokens a month another copy is needed and the API is cheaper again for a while; self-hosting stays cheaper from %2 tokens a month on.</source>
        <translation>每月用量刚超过 %1 token 时需要再加一份副本，API 会在一段时间内重新更便宜；从每月 %2 token 起，自托管始终更便宜。</translation>
    </message>
    <message>
        <source>%1 a month for %2 tokens is %3 per million tokens, as quoted.</source>
        <translation>每月 %1 处理 %2 token，即每百万 token %3，与引用一致。</translation>
    </message>
    <message>
        <source>%1 a month for %2 tokens is %3 per million tokens, not the quoted %4: the quoted figure is %5 times too low.</source>
        <translation>每月 %1 处理 %2 token，即每百万 token %3，而非引用的 %4：引用值低了 %5 倍。</translation>
    </message>
    <message>
        <source>%1 a month for %2 tokens is %3 per million tokens, not the quoted %4: the quoted figure is %5 times too high.</source>
        <translation>每月 %1 处理 %2 token，即每百万 token %3，而非引用的 %4：引用值高了 %5 倍。</translation>
    </message>
    <message>
        <source>No volume or no cost per million tokens is quoted, so the two cannot be checked against each other.</source>
        <translation>未引用用量或每百万 token 成本，因此无法相互核对。</translation>
    </message>
    <message>
        <source>The row names API price %1, which is not in the database.</source>
        <translation>该行引用的 API 价格 %1 不在数据库中。</translation>
    </message>
    <message>
        <source>%1&apos;s list prices (%2 in, %3 out, as of %4)</source>
        <translation>%1 的标价（输入 %2，输出 %3，截至 %4）</translation>
    </message>
    <message>
        <source>The quoted %1 per million tokens is the 3:1 input:output blend of %2.</source>
        <translation>引用的每百万 token %1 是 %2 按输入:输出 3:1 的综合价。</translation>
    </message>
    <message>
        <source>The quoted %1 per million tokens is the 1:1 average of %2; at a 3:1 input:output mix it is %3.</source>
        <translation>引用的每百万 token %1 是 %2 的 1:1 平均值；按输入:输出 3:1 混合则为 %3。</translation>
    </message>
    <message>
        <source>The quoted %1 per million tokens matches neither the 3:1 input:output blend (%2) nor the 1:1 average (%3) of %4.</source>
        <translation>引用的每百万 token %1 既不符合 %4 按输入:输出 3:1 的综合价（%2），也不符合其 1:1 平均值（%3）。</translation>
    </message>
    <message>
        <source>The row names GPU %1, which is not in the database.</source>
        <translation>该行引用的 GPU %1 不在数据库中。</translation>
    </message>
    <message>
        <source>%1 has no cloud price in the database, so the quoted %2 a month cannot be checked.</source>
        <translation>数据库中没有 %1 的云价格，因此无法核对引用的每月 %2。</translation>
    </message>
    <message>
        <source>%1 rented at %2 an hour per GPU for %3 hours a month costs %4</source>
        <translation>%1 以每块 GPU 每小时 %2 的价格租用、每月 %3 小时，成本为 %4</translation>
    </message>
    <message>
        <source>%1, consistent with the quoted %2.</source>
        <translation>%1，与引用的 %2 一致。</translation>
    </message>
    <message>
        <source>%1, not the quoted %2 (%3 apart).</source>
        <translation>%1，而非引用的 %2（相差 %3）。</translation>
    </message>
    <message>
        <source>%1 cannot serve the quoted volume: %2</source>
        <translation>%1 无法承载引用的用量：%2</translation>
    </message>
    <message>
        <source>On the cost model&apos;s estimate one %1 serves about %2 tokens a month of %3 (%4 tokens/s at %5 utilisation), so %6 tokens cost %7 per million tokens; even at that capacity it would cost %8 per million tokens.</source>
        <translation>按成本模型估算，一份 %1 每月约可为 %3 处理 %2 token（%5 利用率下 %4 token/秒），因此 %6 token 每百万 token 成本为 %7；即使满负荷运行，每百万 token 也要 %8。</translation>
    </message>
    <message>
        <source>published %1 runs</source>
        <translation>已发布的 %1 实测</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>The latency targets are not met.</source>
        <translation>未达到延迟目标。</translation>
    </message>
    <message>
        <source>Peak for %1 hours a day and %2 of the peak the rest: replicas off-peak: %3, %4 of the always-on replica-hours.</source>
        <translation>每天高峰 %1 小时,其余时间为高峰的 %2:非高峰副本数:%3,为常开副本小时数的 %4。</translation>
    </message>
    <message numerus="yes">
        <source>Sized for %1 requests/s at peak: %n replica(s) of batch %2, TTFT %3 and TPOT %4 (%5), limited by %6; speeds: %7.</source>
        <translation>
            <numerusform>按峰值每秒 %1 个请求配置：%n 个副本，批量 %2，TTFT %3，TPOT %4（%5），受%6限制；速度：%7。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostTableModel</name>
    <message>
        <source>Option</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Per M tokens</source>
        <translation>每百万 token</translation>
    </message>
    <message>
        <source>Capacity/month</source>
        <translation>每月容量</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>繁忙度</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>副本数</translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation>可行</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Cheapest feasible</source>
        <translation>最便宜的可行方案</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Self-host</source>
        <translation>自托管</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 in / %2 out per M tokens, blended %3 (prices as of %4)</source>
        <translation>每百万 token 输入 %1 / 输出 %2，综合 %3（价格截至 %4）</translation>
    </message>
    <message>
        <source>Throughput %1 tokens/s per replica (batch %2; %3), capacity %4 tokens/month</source>
        <translation>每个副本吞吐量 %1 token/秒（批量 %2；%3），容量 %4 token/月</translation>
    </message>
    <message>
        <source>compute-bound</source>
        <translation>受算力限制</translation>
    </message>
    <message>
        <source>bandwidth-bound</source>
        <translation>受带宽限制</translation>
    </message>
    <message>
        <source>One replica: %1/month</source>
        <translation>单个副本：%1/月</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>TPOT</source>
        <translation>TPOT</translation>
    </message>
    <message>
        <source>Limited by</source>
        <translation>限制因素</translation>
    </message>
    <message>
        <source>Meets targets</source>
        <translation>达到目标</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Batch %1 of at most %2 in memory; prompt %3 ms, decode step %4 ms; one replica sustains %5 requests/s at %6 busy (speeds: %7)</source>
        <translation>批量 %1（显存最多 %2）；提示 %3 毫秒，解码步 %4 毫秒；一个副本在 %6 负载下承受每秒 %5 个请求（速度：%7）</translation>
    </message>
    <message>
        <source>Batched decode as %1 runs it; efficiencies from %2</source>
        <translation>按 %1 的批量解码；效率来自%2</translation>
    </message>
    <message>
        <source>Speeds</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <source>calibrated</source>
        <translation>已校准</translation>
    </message>
    <message>
        <source>published efficiency</source>
        <translation>公开效率</translation>
    </message>
</context>
<context>
    <name>CostView</name>
    <message>
        <source>Options at this volume</source>
        <translation>此用量下的方案</translation>
    </message>
    <message>
        <source>Every checked option priced at the chosen volume, cheapest first; the cheapest feasible one is in bold</source>
        <translation>按所选用量为每个勾选的方案定价，最便宜的在前；最便宜的可行方案以粗体显示</translation>
    </message>
    <message>
        <source>The article&apos;s cost scenarios, audited</source>
        <translation>文章的成本场景（已审核）</translation>
    </message>
    <message>
        <source>The article&apos;s four cost scenarios as printed, what the cost model gives for the same API or GPUs with the assumptions on the left, and the audit&apos;s verdict</source>
        <translation>文章原样刊出的四个成本场景、成本模型在左侧假设下对相同 API 或 GPU 给出的结果，以及审核结论</translation>
    </message>
    <message>
        <source>Cost summary</source>
        <translation>成本摘要</translation>
    </message>
    <message>
        <source>Monthly token volume</source>
        <translation>每月 token 用量</translation>
    </message>
    <message>
        <source>Tokens a month, input and output together, on a logarithmic scale from 1M to 100B; Page Up and Page Down move by a factor of ten</source>
        <translation>每月 token 数（输入与输出合计），对数刻度，范围 1M 至 100B；Page Up 和 Page Down 以十倍为步长调整</translation>
    </message>
    <message>
        <source>Monthly token volume as text</source>
        <translation>以文本输入每月 token 用量</translation>
    </message>
    <message>
        <source>Type a volume such as 250M, 1.5B or 2e9 and press Enter</source>
        <translation>输入用量（如 250M、1.5B 或 2e9）后按回车</translation>
    </message>
    <message>
        <source>Volume error</source>
        <translation>用量错误</translation>
    </message>
    <message>
        <source>Why the typed volume was not used; the last valid volume still applies</source>
        <translation>说明所输入的用量为何未被采用；仍使用上一个有效用量</translation>
    </message>
    <message>
        <source>tokens a month</source>
        <translation>token/月</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>盈亏平衡点</translation>
    </message>
    <message>
        <source>Monthly cost against volume</source>
        <translation>月成本与用量的关系</translation>
    </message>
    <message>
        <source>Monthly cost of each checked option against the monthly volume, both on logarithmic scales; hover a line or a point for its figures</source>
        <translation>每个勾选方案的月成本随月用量的变化，两轴均为对数刻度；将鼠标悬停在曲线或点上可查看数值</translation>
    </message>
    <message>
        <source>Figures from %1, another published model</source>
        <translation>数据取自另一个已发布的模型 %1</translation>
    </message>
    <message>
        <source>%1 tokens a month is outside the range compared here, %2 to %3.</source>
        <translation>每月 %1 token 超出此处比较的范围（%2 至 %3）。</translation>
    </message>
    <message>
        <source>No model to compare.</source>
        <translation>没有可比较的模型。</translation>
    </message>
    <message>
        <source>At &lt;b&gt;%1&lt;/b&gt; tokens a month the cheapest option checked is &lt;b&gt;%2&lt;/b&gt;: %3 a month (%4 per million tokens).</source>
        <translation>每月 &lt;b&gt;%1&lt;/b&gt; token 时，勾选方案中最便宜的是 &lt;b&gt;%2&lt;/b&gt;：每月 %3（每百万 token %4）。</translation>
    </message>
    <message>
        <source>None of the checked options can serve %1 tokens a month.</source>
        <translation>勾选的方案都无法支撑每月 %1 token。</translation>
    </message>
    <message>
        <source>rented</source>
        <translation>租用</translation>
    </message>
    <message>
        <source>owned</source>
        <translation>自有</translation>
    </message>
    <message>
        <source>No configuration of up to 8 GPUs of one type (%1) can serve %2.</source>
        <translation>没有任何由最多 8 块同型号 GPU（%1）组成的配置能支撑 %2。</translation>
    </message>
    <message>
        <source>Not drawn, not feasible at any volume (the table says why): %1.</source>
        <translation>未绘制，在任何用量下都不可行（原因见表格）：%1。</translation>
    </message>
    <message>
        <source>Self-host</source>
        <translation>自托管</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>one copy</source>
        <translation>一份副本</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <translation>%1 份副本</translation>
    </message>
    <message>
        <source>The cheapest GPUs for %1 at this volume, over every GPU type × 1–8 %2: &lt;b&gt;%3&lt;/b&gt;, %4 a month (%5).</source>
        <translation>在此用量下，遍历所有 GPU 型号 × 1–8 块（%2），%1 最便宜的 GPU 方案为 &lt;b&gt;%3&lt;/b&gt;：每月 %4（%5）。</translation>
    </message>
    <message>
        <source>The chart at the chosen volume, as a table: each option&apos;s monthly cost, cost per million tokens, capacity and feasibility</source>
        <translation>以表格形式呈现所选用量下的图表：每个方案的月成本、每百万 token 成本、容量及可行性</translation>
    </message>
    <message>
        <source>Cost assumptions and choices</source>
        <translation>成本假设与选项</translation>
    </message>
    <message>
        <source>Vol&amp;ume:</source>
        <translation>用量(&amp;U)：</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>The article&apos;s scenarios, audited</source>
        <translation>文章的场景（已审核）</translation>
    </message>
    <message>
        <source>The cheapest option at the chosen volume and where the lines cross</source>
        <translation>所选用量下最便宜的选项，以及各条线的交点</translation>
    </message>
</context>
<context>
    <name>DataAudit</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>VRAM at FP16</source>
        <translation>FP16 下的显存</translation>
    </message>
    <message>
        <source>VRAM at Q4</source>
        <translation>Q4 下的显存</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Quoted ~%1; %2 parameters need %3 for weights: consistent.</source>
        <translation>引用值约 %1；%2 参数的权重需要 %3：一致。</translation>
    </message>
    <message>
        <source>Quoted ~%1, but every expert of an MoE model stays in memory: %2 total parameters need %3 (%4x the quote). %5</source>
        <translation>引用值约 %1，但 MoE 模型的每个专家都常驻内存：共 %2 参数需要 %3（引用值的 %4 倍）。%5</translation>
    </message>
    <message>
        <source>The quote sizes only the %1 active parameters, which decide speed, not memory.</source>
        <translation>该引用值只计算了 %1 激活参数，而激活参数决定速度，不决定内存。</translation>
    </message>
    <message>
        <source>It does not match the %1 active parameters either (%2), although the article labels it “active”.</source>
        <translation>它也与 %1 激活参数（%2）不符，尽管文章将其标为“激活”。</translation>
    </message>
    <message>
        <source>Quoted ~%1; %2 parameters need %3 for weights alone.</source>
        <translation>引用值约 %1；%2 参数仅权重就需要 %3。</translation>
    </message>
    <message>
        <source>minimum GPU “%1”</source>
        <translation>最低 GPU“%1”</translation>
    </message>
    <message>
        <source>None of the GPUs named is in the dataset, so the claim cannot be checked.</source>
        <translation>所列 GPU 均不在数据集中，因此无法核实该说法。</translation>
    </message>
    <message>
        <source>%1 holds %2 usable, %3 needs %4 (%5)</source>
        <translation>%1 可用 %2，%3 需要 %4（%5）</translation>
    </message>
    <message>
        <source>Plausible at Q4_0 with a 4K context: %1.</source>
        <translation>在 Q4_0 和 4K 上下文下可行：%1。</translation>
    </message>
    <message>
        <source>Too small even at Q4_0 with a 4K context: %1.</source>
        <translation>即使在 Q4_0 和 4K 上下文下也不够：%1。</translation>
    </message>
    <message>
        <source>No published model matches the name and size the article gives; the figures use %1 instead. %2</source>
        <translation>没有已发布的模型与文章给出的名称和规模相符；数据改用 %1。%2</translation>
    </message>
</context>
<context>
    <name>DataPack</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the file is over %1 MB.</source>
        <translation>文件超过 %1 MB。</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>它不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>it is not an LLM Atlas data pack: it has no “%1” version number.</source>
        <translation>它不是 LLM Atlas 数据包：缺少“%1”版本号。</translation>
    </message>
    <message>
        <source>it is a data pack of version %1, newer than this LLM Atlas reads (%2); update LLM Atlas.</source>
        <translation>它是版本 %1 的数据包，比此 LLM Atlas 能读取的版本（%2）更新；请更新 LLM Atlas。</translation>
    </message>
    <message>
        <source>its version “%1” is not a data pack version.</source>
        <translation>其版本“%1”不是数据包版本。</translation>
    </message>
    <message>
        <source>its “%1” is not a date as 2026-12-06: every pack says when its facts were taken.</source>
        <translation>其“%1”不是形如 2026-12-06 的日期：每个数据包都须注明其数据的截止日期。</translation>
    </message>
    <message>
        <source>A data pack of %1.</source>
        <translation>%1 的数据包。</translation>
    </message>
    <message>
        <source>A data pack of %1 (%2).</source>
        <translation>%1 的数据包（%2）。</translation>
    </message>
    <message>
        <source>Ignored (not a section of a data pack): %1</source>
        <translation>已忽略（不是数据包的部分）：%1</translation>
    </message>
    <message>
        <source>its “%1”: %2</source>
        <translation>其“%1”：%2</translation>
    </message>
    <message>
        <source>it has none of the sections models, gpus and prices.</source>
        <translation>它没有 models、gpus 或 prices 任何一个部分。</translation>
    </message>
    <message>
        <source>Data pack %1</source>
        <translation>数据包 %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>imported into LLM Atlas</source>
        <translation>已导入 LLM Atlas</translation>
    </message>
    <message>
        <source>its “%1” is not a list of sources.</source>
        <translation>其“%1”不是来源列表。</translation>
    </message>
    <message>
        <source>its source %1 needs a whole-number “id”, a “title” and an “%2” date.</source>
        <translation>其第 %1 个来源需要整数“id”、“title”和“%2”日期。</translation>
    </message>
    <message>
        <source>two of its sources have the id %1.</source>
        <translation>其中两个来源的 id 都是 %1。</translation>
    </message>
    <message>
        <source>the catalogue bundled with LLM Atlas</source>
        <translation>LLM Atlas 附带的目录</translation>
    </message>
    <message>
        <source>its “%1” line %2 cites the source “%3”, which its “%4” does not list.</source>
        <translation>其“%1”第 %2 行引用了来源“%3”，但其“%4”中没有列出。</translation>
    </message>
    <message>
        <source>its “%1” is neither a list of rows nor the name of a table beside it.</source>
        <translation>其“%1”既不是行列表，也不是旁边某个表格的名称。</translation>
    </message>
    <message>
        <source>its “%1” names “%2”: a pack&apos;s tables are files beside it, named without a folder.</source>
        <translation>其“%1”指向“%2”：数据包的表格是它旁边的文件，名称中不含文件夹。</translation>
    </message>
    <message>
        <source>its “%1” names the file “%2”, but the pack was not read from a folder.</source>
        <translation>其“%1”指向文件“%2”，但数据包并非从文件夹读取。</translation>
    </message>
    <message>
        <source>its “%1” names “%2”, which is not a .csv or .json file.</source>
        <translation>其“%1”指向的“%2”不是 .csv 或 .json 文件。</translation>
    </message>
    <message>
        <source>its “%1” table “%2” cannot be read: %3</source>
        <translation>无法读取其“%1”表格“%2”：%3</translation>
    </message>
    <message>
        <source>its “%1” table “%2” is over %3 MB.</source>
        <translation>其“%1”表格“%2”超过 %3 MB。</translation>
    </message>
    <message>
        <source>“%1” cannot be made as a folder.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>exported from %1 by LLM Atlas</source>
        <translation>由 LLM Atlas 从 %1 导出</translation>
    </message>
</context>
<context>
    <name>DataSources</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>article “%1” as of %2</source>
        <translation>文章“%1”（截至 %2）</translation>
    </message>
    <message>
        <source>%1 as of %2</source>
        <translation>%1（截至 %2）</translation>
    </message>
    <message>
        <source>model configs</source>
        <translation>模型配置</translation>
    </message>
    <message>
        <source>GPU datasheets</source>
        <translation>GPU 数据手册</translation>
    </message>
    <message>
        <source>quantization formats</source>
        <translation>量化格式</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>with local edits</source>
        <translation>含本地修改</translation>
    </message>
    <message>
        <source>Data: LLM Atlas dataset — %1</source>
        <translation>数据：LLM Atlas 数据集 — %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot configure “%1”: %2</source>
        <translation>无法配置“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1”是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is empty: it is not an LLM Atlas database.</source>
        <translation>“%1”是空文件：它不是 LLM Atlas 数据库。</translation>
    </message>
    <message>
        <source>“%1” is not an LLM Atlas database (it is not an SQLite file).</source>
        <translation>“%1”不是 LLM Atlas 数据库（它不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>“%1” is in use by another program that is writing to it. Close it there, or try again in a moment.</source>
        <translation>“%1”正被另一个程序写入。请在该程序中关闭它，或稍后重试。</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>“%1”已损坏：%2</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another application, not an LLM Atlas database.</source>
        <translation>“%1”是其他应用程序的 SQLite 数据库，不是 LLM Atlas 数据库。</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of LLM Atlas (schema version %2; this version reads up to %3). Update LLM Atlas to open it.</source>
        <translation>“%1”由更新版本的 LLM Atlas 写入（架构版本 %2；此版本最高可读取版本 %3）。请更新 LLM Atlas 后再打开它。</translation>
    </message>
    <message>
        <source>“%1” is an incomplete LLM Atlas database (it has no schema).</source>
        <translation>“%1”是不完整的 LLM Atlas 数据库（它没有架构）。</translation>
    </message>
    <message>
        <source>“%1” is damaged: its table “%2” is missing.</source>
        <translation>“%1”已损坏：缺少数据表“%2”。</translation>
    </message>
    <message>
        <source>“%1” contains a %2 (“%3”) that LLM Atlas did not create, so it is not opened.</source>
        <translation>“%1”包含一个并非由 LLM Atlas 创建的 %2（“%3”），因此不会打开。</translation>
    </message>
    <message>
        <source>“%1” is damaged: SQLite&apos;s integrity check failed (%2).</source>
        <translation>“%1”已损坏：SQLite 完整性检查未通过（%2）。</translation>
    </message>
    <message>
        <source>“%1” was being written when the program writing it stopped, and it cannot be written to finish the recovery. Open it once where it can be written.</source>
        <translation>写入“%1”的程序在写入过程中停止了，而该文件无法写入，因此无法完成恢复。请在可以写入该文件的地方打开它一次。</translation>
    </message>
    <message>
        <source>“%1” was being written when the program writing it stopped, and recovering it failed: %2</source>
        <translation>写入“%1”的程序在写入过程中停止了，恢复该文件失败：%2</translation>
    </message>
    <message>
        <source>“%1” uses an older schema (version %2) and must be upgraded, but it cannot be written.</source>
        <translation>“%1”使用旧版架构（版本 %2），必须升级，但该文件无法写入。</translation>
    </message>
    <message>
        <source>Upgrading “%1” failed, nothing was changed: %2</source>
        <translation>升级“%1”失败，未做任何更改：%2</translation>
    </message>
    <message>
        <source>“%1” already exists; a new database is never written over a file.</source>
        <translation>“%1”已存在；新建数据库绝不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>Cannot create “%1” from the bundled dataset: %2</source>
        <translation>无法从内置数据集创建“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>“%1” is open read-only.</source>
        <translation>“%1”以只读方式打开。</translation>
    </message>
    <message>
        <source>Cannot save the GPU configuration “%1”: %2</source>
        <translation>无法保存 GPU 配置“%1”：%2</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>“%1” is the open file; choose another name to save a copy.</source>
        <translation>“%1”是当前打开的文件；请另选一个名称来保存副本。</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>“%1”是文件夹。</translation>
    </message>
    <message>
        <source>Cannot save a copy as “%1”: %2</source>
        <translation>无法将副本另存为“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is locked by another program (perhaps another LLM Atlas window is saving to it). Nothing was changed; try again in a moment, or open a copy.</source>
        <translation>“%1”已被另一个程序锁定（可能是另一个 LLM Atlas 窗口正在保存到该文件）。未做任何更改；请稍后重试，或打开一份副本。</translation>
    </message>
    <message>
        <source>“%1” is read-only. Nothing was changed; save a copy to edit it.</source>
        <translation>“%1”是只读的。未做任何更改；请保存一份副本后编辑该副本。</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>无法创建“%1”：%2</translation>
    </message>
    <message>
        <source>Another LLM Atlas has been preparing “%1” for more than %2 seconds; try again once it is done.</source>
        <translation>另一个 LLM Atlas 正在准备“%1”，已超过 %2 秒；请在其完成后重试。</translation>
    </message>
    <message>
        <source>Cannot lock “%1” to prepare it (the folder cannot be written?).</source>
        <translation>无法锁定“%1”以进行准备（文件夹是否不可写？）。</translation>
    </message>
</context>
<context>
    <name>DatasetWriter</name>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>“%1” is open read-only: it cannot be changed. Save a copy (File &gt; Save As) to edit it.</source>
        <translation>“%1”以只读方式打开，无法修改。请保存副本（文件 &gt; 另存为）并编辑该副本。</translation>
    </message>
    <message>
        <source>The row to change is no longer in the database (%1).</source>
        <translation>要修改的行已不在数据库中（%1）。</translation>
    </message>
    <message>
        <source>The row to delete is no longer in the database (%1).</source>
        <translation>要删除的行已不在数据库中（%1）。</translation>
    </message>
    <message>
        <source>Rows of “%1” cannot be deleted.</source>
        <translation>无法删除“%1”中的行。</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>LLM Atlas databases (*.sqlite *.db);;All files (*)</source>
        <translation>LLM Atlas 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a new database from the bundled dataset</source>
        <translation>从内置数据集新建数据库</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Write a consistent copy of this database and continue with the copy</source>
        <translation>写入此数据库的一致副本，并继续使用该副本</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Bring in models, GPUs and API prices from a colleague&apos;s LLM Atlas file</source>
        <translation>从同事的 LLM Atlas 文件中引入模型、GPU 和 API 价格</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>New LLM Atlas Database</source>
        <translation>新建 LLM Atlas 数据库</translation>
    </message>
    <message>
        <source>Cannot create database</source>
        <translation>无法创建数据库</translation>
    </message>
    <message>
        <source>“%1” already exists. A new database is never written over a file: choose a new name.</source>
        <translation>“%1”已存在。新数据库绝不会覆盖已有文件：请另选一个名称。</translation>
    </message>
    <message>
        <source>Created %1 from the bundled dataset</source>
        <translation>已从内置数据集创建 %1</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>副本另存为</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已另存为 %1</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Import CSV or JSON</source>
        <translation>导入 CSV 或 JSON</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Merge Another LLM Atlas Database</source>
        <translation>合并另一个 LLM Atlas 数据库</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>无法合并</translation>
    </message>
    <message>
        <source>%1 holds nothing this file lacks.</source>
        <translation>%1 中没有此文件缺少的内容。</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>合并 %1</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>导入已取消：未写入任何内容。</translation>
    </message>
    <message>
        <source>Merge cancelled: nothing was changed.</source>
        <translation>合并已取消：未做任何更改。</translation>
    </message>
    <message>
        <source>Open LLM Atlas Database</source>
        <translation>打开 LLM Atlas 数据库</translation>
    </message>
    <message>
        <source>Add Model from &amp;File…</source>
        <translation>从文件添加模型(&amp;F)…</translation>
    </message>
    <message>
        <source>Add or update a model from a GGUF, a safetensors file or a model folder&apos;s config.json, with its weights measured</source>
        <translation>从 GGUF、safetensors 文件或模型文件夹的 config.json 添加或更新模型，并测量其权重</translation>
    </message>
    <message>
        <source>Add Model from File</source>
        <translation>从文件添加模型</translation>
    </message>
    <message>
        <source>Model files (*.gguf *.safetensors config.json);;All files (*)</source>
        <translation>模型文件 (*.gguf *.safetensors config.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cancelled: nothing was added.</source>
        <translation>已取消：未添加任何内容。</translation>
    </message>
    <message>
        <source>%1 does not say who made “%2”. Vendor:</source>
        <translation>%1 未说明“%2”的厂商。厂商：</translation>
    </message>
    <message>
        <source>Cannot add the model</source>
        <translation>无法添加模型</translation>
    </message>
    <message>
        <source>Update %1 from %2</source>
        <translation>从 %2 更新 %1</translation>
    </message>
    <message>
        <source>Add %1 from %2</source>
        <translation>从 %2 添加 %1</translation>
    </message>
    <message>
        <source>What does the file hold: models, gpus, prices, tiers or measurements?</source>
        <translation>文件包含什么：models、gpus、prices、tiers 还是 measurements？</translation>
    </message>
    <message>
        <source>“%1” is not models, gpus, prices, tiers or measurements.</source>
        <translation>“%1”不是 models、gpus、prices、tiers 或 measurements。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is too large for a measurements file.</source>
        <translation>“%1”太大，不像是测量文件。</translation>
    </message>
    <message>
        <source>“%1” refused: %2. Nothing was written.</source>
        <translation>“%1”被拒绝：%2。未写入任何内容。</translation>
    </message>
    <message>
        <source>%1
Nothing was written. Runs whose model or GPU the file does not name as this database does can be given one with llm-atlas import FILE --kind measurements --model NAME --gpu NAME --count N.</source>
        <translation>%1
未写入任何内容。若文件中运行的模型或 GPU 名称与本数据库不同，可用 llm-atlas import FILE --kind measurements --model NAME --gpu NAME --count N 指定。</translation>
    </message>
    <message>
        <source>Import measured runs</source>
        <translation>导入实测运行记录</translation>
    </message>
    <message>
        <source>%1
Add %2 measured runs to this file?</source>
        <translation>%1
将 %2 条实测运行记录添加到此文件？</translation>
    </message>
    <message>
        <source>%1 measured runs imported from %2: see the Measurements tab.</source>
        <translation>已从 %2 导入 %1 条实测运行记录：请查看“实测”标签页。</translation>
    </message>
    <message>
        <source>Add or change models, GPUs, API prices or a tier list from CSV or JSON, a colleague&apos;s data pack, or measured benchmark runs</source>
        <translation>从 CSV 或 JSON、同事的数据包添加或更改模型、GPU、API 价格或梯队列表，或添加实测基准运行</translation>
    </message>
    <message>
        <source>Export &amp;Data Pack…</source>
        <translation>导出数据包(&amp;D)…</translation>
    </message>
    <message>
        <source>Write the models, GPUs and API prices to one dated file a colleague imports in one step</source>
        <translation>将模型、GPU 和 API 价格写入一个注明日期的文件，同事可一步导入</translation>
    </message>
    <message>
        <source>Tables, data packs and benchmark results (*.csv *.json *.jsonl);;All files (*)</source>
        <translation>表格、数据包和基准结果 (*.csv *.json *.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Data Pack</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>LLM Atlas data pack (*.json)</source>
        <translation>LLM Atlas 数据包 (*.json)</translation>
    </message>
    <message>
        <source>Cannot export the data pack</source>
        <translation>无法导出数据包</translation>
    </message>
    <message>
        <source>Data pack of %1 models, %2 GPUs and %3 API prices written to %4</source>
        <translation>已将包含 %1 个模型、%2 个 GPU 和 %3 个 API 价格的数据包写入 %4</translation>
    </message>
    <message>
        <source>Update from &amp;Bundled Catalogue…</source>
        <translation>从附带目录更新(&amp;B)…</translation>
    </message>
    <message>
        <source>Add the models, GPUs and API prices this version of LLM Atlas bundles that this file lacks, and update those that differ, after a preview</source>
        <translation>预览后，添加此版本 LLM Atlas 附带而此文件缺少的模型、GPU 和 API 价格，并更新不同之处</translation>
    </message>
    <message>
        <source>Reading the bundled catalogue…</source>
        <translation>正在读取附带目录…</translation>
    </message>
    <message>
        <source>Update cancelled: nothing was written.</source>
        <translation>更新已取消：未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot read the bundled catalogue</source>
        <translation>无法读取附带目录</translation>
    </message>
    <message>
        <source>Bundled catalogue</source>
        <translation>附带目录</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Copy C&amp;hart as Image</source>
        <translation>将图表复制为图像(&amp;H)</translation>
    </message>
    <message>
        <source>Copy Table as &amp;Markdown</source>
        <translation>将表格复制为 Markdown(&amp;M)</translation>
    </message>
    <message>
        <source>Copy Table as CS&amp;V</source>
        <translation>将表格复制为 CSV(&amp;V)</translation>
    </message>
    <message>
        <source>Save the current chart or table, or a comparison report, to a file</source>
        <translation>将当前图表、表格或对比报告保存到文件</translation>
    </message>
    <message>
        <source>Print the current chart or table, with a preview</source>
        <translation>打印当前图表或表格（带预览）</translation>
    </message>
    <message>
        <source>Copy the current chart, with its title and sources, as an image</source>
        <translation>将当前图表连同标题和来源复制为图像</translation>
    </message>
    <message>
        <source>Copy the current table as a Markdown table, for a wiki</source>
        <translation>将当前表格复制为 Markdown 表格，便于粘贴到 Wiki</translation>
    </message>
    <message>
        <source>Copy the current table as CSV, for a spreadsheet</source>
        <translation>将当前表格复制为 CSV，便于粘贴到电子表格</translation>
    </message>
    <message>
        <source>This page has nothing of that kind to export.</source>
        <translation>此页面没有可导出的此类内容。</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>LLM Atlas, %1</source>
        <translation>LLM Atlas，%1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <source>Chart copied as an image</source>
        <translation>图表已复制为图像</translation>
    </message>
    <message>
        <source>Table copied as CSV</source>
        <translation>表格已复制为 CSV</translation>
    </message>
    <message>
        <source>Table copied as Markdown</source>
        <translation>表格已复制为 Markdown</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在写入报告…</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>导出已取消</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG vector image (text stays text)</source>
        <translation>SVG 矢量图像（文字保持为文本）</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>CSV (for spreadsheets)</source>
        <translation>CSV（用于电子表格）</translation>
    </message>
    <message>
        <source>JSON (typed values)</source>
        <translation>JSON（带类型的值）</translation>
    </message>
    <message>
        <source>Markdown table (for wikis)</source>
        <translation>Markdown 表格（用于 Wiki）</translation>
    </message>
    <message>
        <source>HTML page with vector charts</source>
        <translation>含矢量图表的 HTML 页面</translation>
    </message>
    <message>
        <source>Chart size</source>
        <translation>图表尺寸</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>图表：%1</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>表格：%1</translation>
    </message>
    <message>
        <source>Comparison report (fit and cost charts, tables, assumptions)</source>
        <translation>对比报告（适配与成本图表、表格、假设）</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Device pixels per pixel: 2 gives a sharp image on HiDPI screens and slides</source>
        <translation>每像素对应的设备像素数：设为 2 可在高分屏和幻灯片上得到清晰图像</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>缩放(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>导出内容(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>%1 × %2 points</source>
        <translation>%1 × %2 磅</translation>
    </message>
    <message>
        <source>%1 × %2 user units</source>
        <translation>%1 × %2 用户单位</translation>
    </message>
</context>
<context>
    <name>FactsEditor</name>
    <message>
        <source>&lt;b&gt;GPUs&lt;/b&gt;: datasheet facts, street and cloud prices. Double-click a cell to edit it; hover for its source and date.</source>
        <translation>&lt;b&gt;GPU&lt;/b&gt;：规格表数据、市场价和云价格。双击单元格即可编辑；悬停可查看其来源和日期。</translation>
    </message>
    <message>
        <source>De&amp;lete GPU…</source>
        <translation>删除 GPU(&amp;L)…</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>&lt;b&gt;API prices&lt;/b&gt; per million tokens</source>
        <translation>每百万 token 的 &lt;b&gt;API 价格&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Delete P&amp;rice…</source>
        <translation>删除价格(&amp;R)…</translation>
    </message>
    <message>
        <source>API prices</source>
        <translation>API 价格</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add a row in a form that checks every field (Insert in the table)</source>
        <translation>在会检查每个字段的表单中添加一行（在表格中按 Insert）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected row in a form (Ctrl+Return in the table)</source>
        <translation>在表单中编辑所选行（在表格中按 Ctrl+Return）</translation>
    </message>
</context>
<context>
    <name>FileSaver</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>FitTableModel</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>额外开销</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>所需</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>余量</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>可容纳</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Max context</source>
        <translation>最大上下文</translation>
    </message>
    <message>
        <source>In system RAM</source>
        <translation>位于系统内存</translation>
    </message>
    <message>
        <source>Batch x context x cached layers x per-token size for the attention kind</source>
        <translation>批量 × 上下文 × 缓存层数 × 该注意力类型的每 token 大小</translation>
    </message>
    <message>
        <source>Runtime reserve per GPU plus the activation buffer for a prefill chunk</source>
        <translation>每 GPU 的运行时预留加上一个预填充块的激活缓冲</translation>
    </message>
    <message>
        <source>GPUs x memory x utilisation fraction</source>
        <translation>GPU 数 × 显存 × 利用率</translation>
    </message>
    <message>
        <source>Longest context that still fits, up to the model&apos;s own limit</source>
        <translation>仍能容纳的最长上下文，不超过模型自身上限</translation>
    </message>
    <message>
        <source>Routed experts kept in system RAM when expert offload is on</source>
        <translation>启用专家卸载时保存在系统内存中的路由专家</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 at %2 (%3 bits/weight) on %4
Weights %5 + KV cache %6 (%7 tokens x %8, %9) + overhead %10 = %11
Usable %12 (%13% of %14)%15</source>
        <translation>%1，%2（%3 位/权重），运行于 %4
权重 %5 + KV 缓存 %6（%7 token × %8，%9）+ 额外开销 %10 = %11
可用 %12（%14 的 %13%）%15</translation>
    </message>
    <message>
        <source>
Routed experts in system RAM: %1</source>
        <translation>
位于系统内存的路由专家：%1</translation>
    </message>
    <message>
        <source>Best format</source>
        <translation>最佳格式</translation>
    </message>
    <message>
        <source>Fewest GPUs</source>
        <translation>最少 GPU 数</translation>
    </message>
    <message>
        <source>The highest-precision weight format that fits this configuration</source>
        <translation>能放进此配置的最高精度权重格式</translation>
    </message>
    <message>
        <source>The fewest GPUs of this type (up to %1) that hold the model as configured</source>
        <translation>能按当前配置容纳该模型的此型号 GPU 最少数量（最多 %1 块）</translation>
    </message>
    <message>
        <source>%1x %2</source>
        <translation>%1× %2</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>超过 %1</translation>
    </message>
    <message>
        <source>engine by format</source>
        <translation>按格式选择引擎</translation>
    </message>
    <message>
        <source>Decode tok/s (%1)</source>
        <translation>解码 tok/s（%1）</translation>
    </message>
    <message>
        <source>Decode ceiling tok/s</source>
        <translation>解码上限 tok/s</translation>
    </message>
    <message>
        <source>Prefill tok/s (%1)</source>
        <translation>预填充 tok/s（%1）</translation>
    </message>
    <message>
        <source>First token (s)</source>
        <translation>首个 token（秒）</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Expected for one stream as the engine runs the model: bytes read per token (active weights and the KV cache on the GPUs, routed experts in system RAM) over the bandwidth the engine achieves in published runs. llama.cpp splits the layers, so its GPUs&apos; bandwidths do not add up; vLLM splits every layer and they do.</source>
        <translation>按引擎实际运行模型时单个流的预期速度：每个 token 读取的字节（GPU 上的活跃权重和 KV 缓存，系统内存中的路由专家）除以该引擎在已发表测试中达到的带宽。llama.cpp 按层拆分，因此各 GPU 的带宽不会相加；vLLM 拆分每一层，带宽相加。</translation>
    </message>
    <message>
        <source>The ceiling for one stream: the same bytes over the peak bandwidths, with no overhead</source>
        <translation>单个流的上限：相同字节数除以峰值带宽，不计开销</translation>
    </message>
    <message>
        <source>Reading the prompt: 2 x active parameters per token over the dense FP16 rate the engine achieves</source>
        <translation>读取提示词：每个 token 2 x 活跃参数，除以引擎达到的稠密 FP16 算力</translation>
    </message>
    <message>
        <source>Reading the prompt plus one decoded token</source>
        <translation>读取提示词加上一个解码 token</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 does not fit %2 as configured, so no speed is given.</source>
        <translation>按当前配置 %1 无法放入 %2，因此不给出速度。</translation>
    </message>
    <message>
        <source>Expected %1 tok/s with %2 (%3); ceiling %4 tok/s from peak bandwidth.
Per token: %5 read on the GPUs</source>
        <translation>预期 %1 tok/s，使用 %2（%3）；按峰值带宽上限为 %4 tok/s。
每个 token：在 GPU 上读取 %5</translation>
    </message>
    <message>
        <source>, %1 of routed experts from system RAM at %2 GB/s (an assumption you can change)</source>
        <translation>，从系统内存以 %2 GB/s 读取 %1 路由专家（可修改的假设）</translation>
    </message>
    <message>
        <source>.
A prompt of %1 tokens is read at %2 tok/s; the first token follows after %3 s.</source>
        <translation>。
%1 个 token 的提示词以 %2 tok/s 读取；首个 token 在 %3 秒后输出。</translation>
    </message>
    <message>
        <source>Weights from</source>
        <translation>权重来源</translation>
    </message>
    <message>
        <source>Parameters x bits per weight / 8, or the size measured from a model file; every MoE expert is resident</source>
        <translation>参数 x 每权重位数 / 8，或从模型文件测得的大小；每个 MoE 专家都常驻</translation>
    </message>
    <message>
        <source>Whether the weights were measured from a model file or estimated</source>
        <translation>权重是从模型文件测得还是估算</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>
Weights measured from %1</source>
        <translation>
权重测自 %1</translation>
    </message>
    <message>
        <source>Decode basis</source>
        <translation>解码依据</translation>
    </message>
    <message>
        <source>Calibration runs</source>
        <translation>校准运行次数</translation>
    </message>
    <message>
        <source>Calibrated: the efficiency fitted to your measured runs on this GPU type with this engine (import them with File &gt; Import or llm-atlas import --kind measurements). Bandwidth bound: the published runs&apos; efficiency, not calibrated</source>
        <translation>已校准：根据您在此 GPU 型号和此引擎上的实测运行拟合出的效率（通过“文件 &gt; 导入”或 llm-atlas import --kind measurements 导入）。带宽上限：已发布运行的效率，未校准</translation>
    </message>
    <message>
        <source>Measured decode runs the calibration was fitted to</source>
        <translation>校准所依据的实测解码运行</translation>
    </message>
    <message>
        <source>calibrated</source>
        <translation>已校准</translation>
    </message>
    <message>
        <source>bandwidth bound</source>
        <translation>带宽上限</translation>
    </message>
    <message>
        <source>Measured memory</source>
        <translation>实测显存</translation>
    </message>
    <message>
        <source>Measured decode tok/s</source>
        <translation>实测解码 tok/s</translation>
    </message>
    <message>
        <source>Peak memory of your run of this model and format on this configuration, at this context, batch and KV cache type (import runs with File &gt; Import or llm-atlas import --kind measurements)</source>
        <translation>您在此配置上以此上下文、批大小和 KV 缓存类型运行此模型和格式时的峰值显存（通过“文件 &gt; 导入”或 llm-atlas import --kind measurements 导入运行记录）</translation>
    </message>
    <message>
        <source>Decode speed of your run of this model and format on this configuration at this batch</source>
        <translation>您在此配置上以此批大小运行此模型和格式时的解码速度</translation>
    </message>
    <message>
        <source>No run of %1 at %2 on %3 with batch %4 has been imported.</source>
        <translation>尚未导入 %1（%2）在 %3 上批大小为 %4 的运行记录。</translation>
    </message>
    <message>
        <source>Measured %1 with %2 tokens of context, batch %3, %4 KV cache: %5</source>
        <translation>测量于 %1，上下文 %2 个 token，批大小 %3，%4 KV 缓存：%5</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
    <message>
        <source>
Its memory (%1) was at another context or KV cache type, so it is not compared here.</source>
        <translation>
其显存（%1）是在其他上下文或 KV 缓存类型下测得的，因此此处不作比较。</translation>
    </message>
    <message>
        <source>
Measured in your run: %1</source>
        <translation>
您的运行实测：%1</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 USD</source>
        <translation>%1 美元</translation>
    </message>
    <message>
        <source>Grouped-query</source>
        <translation>分组查询</translation>
    </message>
    <message>
        <source>Latent (MLA)</source>
        <translation>潜在注意力（MLA）</translation>
    </message>
    <message>
        <source>Hybrid linear/full</source>
        <translation>线性/全注意力混合</translation>
    </message>
    <message>
        <source>Chunked local/global</source>
        <translation>分块局部/全局</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>稠密</translation>
    </message>
    <message>
        <source>MoE %1 of %2</source>
        <translation>MoE %2 选 %1</translation>
    </message>
    <message>
        <source>%1K</source>
        <comment>thousands, as in 250K tokens</comment>
        <translation>%1K</translation>
    </message>
    <message>
        <source>%1M</source>
        <comment>millions, as in 250M tokens</comment>
        <translation>%1M</translation>
    </message>
    <message>
        <source>%1B</source>
        <comment>billions (10^9), as in 2.5B tokens</comment>
        <translation>%1B</translation>
    </message>
    <message>
        <source>%1T</source>
        <comment>trillions (10^12), as in 1T tokens</comment>
        <translation>%1T</translation>
    </message>
</context>
<context>
    <name>GgufModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>general.architecture is missing, so the model&apos;s keys cannot be found</source>
        <translation>缺少 general.architecture，因此无法找到模型的键</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 must be whole numbers, block_count from 1 to 100000</source>
        <translation>%1 必须为整数，block_count 须在 1 到 100000 之间</translation>
    </message>
    <message>
        <source>%1 must be whole numbers (per-layer arrays of %2 entries where arrays are allowed)</source>
        <translation>%1 必须为整数（在允许数组处，可为含 %2 个条目的逐层数组）</translation>
    </message>
    <message>
        <source>KV heads vary by layer (%1 to %2); kv_heads is the largest, so the KV cache estimate is an upper bound.</source>
        <translation>KV 头数随层变化（%1 至 %2）；kv_heads 取最大值，因此 KV 缓存估算为上限。</translation>
    </message>
    <message>
        <source>%1 is %2, but neither the file nor llama.cpp says which layers slide; every layer is counted as full attention.</source>
        <translation>%1 为 %2，但文件和 llama.cpp 均未说明哪些层使用滑动窗口；所有层均按全注意力计算。</translation>
    </message>
    <message>
        <source>missing %1, the rope key width MLA caches</source>
        <translation>缺少 %1，即 MLA 所缓存的 RoPE 键宽度</translation>
    </message>
    <message>
        <source>the recurrent state size passes 64 bits</source>
        <translation>循环状态大小超出 64 位</translation>
    </message>
    <message>
        <source>%1 layers also use a sliding window, left out of the KV cache estimate.</source>
        <translation>%1 个层还使用滑动窗口，未计入 KV 缓存估算。</translation>
    </message>
    <message>
        <source>the tensors&apos; element counts add up past 64 bits</source>
        <translation>各张量的元素数之和超出 64 位</translation>
    </message>
    <message>
        <source>%1 is missing or out of range, so the active parameters are not known.</source>
        <translation>%1 缺失或超出范围，因此激活参数未知。</translation>
    </message>
    <message>
        <source>No routed-expert tensors (ffn_*_exps) were found, so the active parameters are not known.</source>
        <translation>未找到路由专家张量（ffn_*_exps），因此激活参数未知。</translation>
    </message>
</context>
<context>
    <name>GgufReader</name>
    <message>
        <source>%1: %2 (at byte %3)</source>
        <translation>%1：%2（位于第 %3 字节）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>%1 runs past %2 MiB; no real GGUF header is that large</source>
        <translation>%1 超出 %2 MiB；真实的 GGUF 头部不会这么大</translation>
    </message>
    <message>
        <source>the header is truncated: %1 needs %2 bytes, %3 are left</source>
        <translation>头部被截断：%1 需要 %2 字节，剩余 %3 字节</translation>
    </message>
    <message>
        <source>%1 gives %2 items, which cannot fit in the %3 bytes left</source>
        <translation>%1 给出 %2 项，无法放入剩余的 %3 字节</translation>
    </message>
    <message>
        <source>%1 has the unknown value type %2</source>
        <translation>%1 的值类型 %2 未知</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long; the limit is %3</source>
        <translation>%1 长 %2 字节；上限为 %3</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8</source>
        <translation>%1 不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>%1 is a bool of value %2; only 0 and 1 are valid</source>
        <translation>%1 是值为 %2 的布尔值；只有 0 和 1 有效</translation>
    </message>
    <message>
        <source>%1 nests arrays deeper than %2</source>
        <translation>%1 的数组嵌套深度超过 %2</translation>
    </message>
    <message>
        <source>%1, string %2,</source>
        <translation>%1 的字符串 %2</translation>
    </message>
    <message>
        <source>the name of tensor %1</source>
        <translation>张量 %1 的名称</translation>
    </message>
    <message>
        <source>tensor name “%1” appears twice</source>
        <translation>张量名称“%1”出现了两次</translation>
    </message>
    <message>
        <source>tensor “%1”</source>
        <translation>张量“%1”</translation>
    </message>
    <message>
        <source>%1 has %2 dimensions; ggml allows at most %3</source>
        <translation>%1 有 %2 个维度；ggml 最多允许 %3 个</translation>
    </message>
    <message>
        <source>%1 has a dimension of %2</source>
        <translation>%1 有一个大小为 %2 的维度</translation>
    </message>
    <message>
        <source>%1&apos;s dimensions multiply past 64 bits</source>
        <translation>%1 的各维度之积超出 64 位</translation>
    </message>
    <message>
        <source>%1 has the unknown ggml type %2</source>
        <translation>%1 的 ggml 类型 %2 未知</translation>
    </message>
    <message>
        <source>%1 of type %2 has rows of %3 elements, not a multiple of its block of %4</source>
        <translation>类型为 %2 的 %1 每行有 %3 个元素，不是其块大小 %4 的倍数</translation>
    </message>
    <message>
        <source>%1&apos;s size in bytes passes 64 bits</source>
        <translation>%1 的字节大小超出 64 位</translation>
    </message>
    <message>
        <source>%1 has the offset %2, not a multiple of the alignment %3</source>
        <translation>%1 的偏移量为 %2，不是对齐值 %3 的倍数</translation>
    </message>
    <message>
        <source>the GGUF magic</source>
        <translation>GGUF 魔数</translation>
    </message>
    <message>
        <source>this is not a GGUF file (it does not start with “GGUF”)</source>
        <translation>这不是 GGUF 文件（不以“GGUF”开头）</translation>
    </message>
    <message>
        <source>the version</source>
        <translation>版本号</translation>
    </message>
    <message>
        <source>GGUF version 1 (2023, 32-bit counts) is not supported; convert the model again</source>
        <translation>不支持 GGUF 版本 1（2023 年，32 位计数）；请重新转换模型</translation>
    </message>
    <message>
        <source>big-endian GGUF files are not supported</source>
        <translation>不支持大端序 GGUF 文件</translation>
    </message>
    <message>
        <source>GGUF version %1 is not supported (2 and 3 are)</source>
        <translation>不支持 GGUF 版本 %1（支持 2 和 3）</translation>
    </message>
    <message>
        <source>the tensor count</source>
        <translation>张量数</translation>
    </message>
    <message>
        <source>the key count</source>
        <translation>键数</translation>
    </message>
    <message>
        <source>metadata key %1</source>
        <translation>元数据键 %1</translation>
    </message>
    <message>
        <source>metadata key “%1” appears twice</source>
        <translation>元数据键“%1”出现了两次</translation>
    </message>
    <message>
        <source>metadata key “%1”</source>
        <translation>元数据键“%1”</translation>
    </message>
    <message>
        <source>general.alignment must be a uint32 power of two</source>
        <translation>general.alignment 必须是 uint32 类型的 2 的幂</translation>
    </message>
    <message>
        <source>the data of tensor “%1” (%2 bytes at offset %3) runs past the end of the file, which holds %4 bytes of tensor data: is the file complete?</source>
        <translation>张量“%1”的数据（偏移量 %3 处的 %2 字节）超出文件末尾，而文件含 %4 字节张量数据：文件是否完整？</translation>
    </message>
    <message>
        <source>the tensors&apos; sizes add up past 64 bits</source>
        <translation>各张量大小之和超出 64 位</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: is shard %2 of %3 of a split model, but its name does not end in -00001-of-%4.gguf, so the other shards cannot be found</source>
        <translation>%1：是拆分模型 %3 个分片中的第 %2 个，但其名称不以 -00001-of-%4.gguf 结尾，因此无法找到其他分片</translation>
    </message>
    <message>
        <source>%1: a split model cannot have 0 shards</source>
        <translation>%1：拆分模型的分片数不能为 0</translation>
    </message>
    <message>
        <source>%1: its name says %2 shards, its split.count says %3</source>
        <translation>%1：名称表明有 %2 个分片，split.count 却为 %3</translation>
    </message>
    <message>
        <source>%1: shard %2 of %3 is missing (expected %4 beside it)</source>
        <translation>%1：缺少分片 %2 / %3（预期其旁边有 %4）</translation>
    </message>
    <message>
        <source>%1: its split.no says it is shard %2, its name says %3</source>
        <translation>%1：split.no 表明它是分片 %2，名称却表明是 %3</translation>
    </message>
    <message>
        <source>%1: split.tensors.count says %2 tensors, the shards hold %3</source>
        <translation>%1：split.tensors.count 为 %2 个张量，而各分片共含 %3 个</translation>
    </message>
    <message>
        <source>%1: tensor “%2” appears in two shards</source>
        <translation>%1：张量“%2”出现在两个分片中</translation>
    </message>
</context>
<context>
    <name>HfConfig</name>
    <message>
        <source>%1 lists %2 layers, not %3</source>
        <translation>%1 列出了 %2 层，而不是 %3 层</translation>
    </message>
    <message>
        <source>%1 has the unknown layer type “%2”</source>
        <translation>%1 含有未知的层类型“%2”</translation>
    </message>
    <message>
        <source>num_experts_per_tok (%1) is more than the %2 experts</source>
        <translation>num_experts_per_tok（%1）超过专家总数 %2</translation>
    </message>
    <message>
        <source>%1 names layer %2 of %3</source>
        <translation>%1 指定了层 %2（共 %3 层）</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large for a config.json (at most %3)</source>
        <translation>%1：%2 字节对 config.json 来说过大（最多 %3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 bytes is too large for a config.json (at most %2)</source>
        <translation>%1 字节对 config.json 来说过大（最多 %2）</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>不是有效的 JSON：%1（第 %2 字节处）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>model_type is missing, so the architecture is unknown</source>
        <translation>缺少 model_type，因此架构未知</translation>
    </message>
    <message>
        <source>a %1 config needs its text decoder in text_config</source>
        <translation>%1 配置需要在 text_config 中提供文本解码器</translation>
    </message>
    <message>
        <source>model_type “%1” is not one LLM Atlas can read; it reads %2</source>
        <translation>LLM Atlas 无法读取 model_type“%1”；它可读取 %2</translation>
    </message>
    <message>
        <source>%1 is %2; no model has more than %3 layers</source>
        <translation>%1 为 %2；没有模型超过 %3 层</translation>
    </message>
    <message>
        <source>missing %1 (needed for %2)</source>
        <translation>缺少 %1（%2 需要）</translation>
    </message>
    <message>
        <source>%1 must be whole numbers (or true/false) of the right kind</source>
        <translation>%1 必须是正确类型的整数（或 true/false）</translation>
    </message>
    <message>
        <source>%1 (%2) is more than the %3 attention heads</source>
        <translation>%1（%2）超过注意力头数 %3</translation>
    </message>
    <message>
        <source>the sizes it gives make more than 2^63 parameters</source>
        <translation>其给出的尺寸导致参数超过 2^63 个</translation>
    </message>
    <message>
        <source>the recurrent state it implies passes 2^63 elements</source>
        <translation>由此得出的循环状态超过 2^63 个元素</translation>
    </message>
</context>
<context>
    <name>HintBar</name>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Hide this hint for good</source>
        <translation>永久隐藏此提示</translation>
    </message>
    <message>
        <source>Dismiss hint</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <source>Hides the first-launch hint; it does not come back</source>
        <translation>隐藏首次启动提示，之后不再显示</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file.</source>
        <translation>无法从此文件导入任何内容。</translation>
    </message>
    <message>
        <source>Nothing will be written while any row is rejected: fix those rows and import the file again.</source>
        <translation>只要有任何行被拒绝，就不会写入任何内容：请修正这些行后重新导入该文件。</translation>
    </message>
    <message>
        <source>The file matches the database: there is nothing to import.</source>
        <translation>文件与数据库一致：没有需要导入的内容。</translation>
    </message>
    <message>
        <source>The import is one step: Edit &gt; Undo takes all of it back.</source>
        <translation>导入是一个步骤：“编辑 &gt; 撤销”可将其全部撤回。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>What changes, or why not</source>
        <translation>变更内容或拒绝原因</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>line %1: a quoted field is never closed.</source>
        <translation>第 %1 行：带引号的字段未闭合。</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>has %1 fields; the header has %2.</source>
        <translation>有 %1 个字段；表头有 %2 个。</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>它不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>it is JSON, but not an array of rows as LLM Atlas exports them.</source>
        <translation>它是 JSON，但不是 LLM Atlas 导出的行数组格式。</translation>
    </message>
    <message>
        <source>is not an object of column keys and values.</source>
        <translation>不是由列键和值组成的对象。</translation>
    </message>
    <message>
        <source>“%1” holds a list or an object, not a value.</source>
        <translation>“%1”包含的是列表或对象，而不是值。</translation>
    </message>
    <message>
        <source>Ignored columns (not %1 facts): %2</source>
        <translation>已忽略的列（不属于 %1 的事实）：%2</translation>
    </message>
    <message>
        <source>needs %1.</source>
        <translation>需要 %1。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>appears twice (first on line %1).</source>
        <translation>出现了两次（首次在第 %1 行）。</translation>
    </message>
    <message>
        <source>Imported tier list</source>
        <translation>导入的分级榜</translation>
    </message>
    <message>
        <source>the tier list&apos;s date “%1” is not a date as 2026, 2026-03 or 2026-03-15.</source>
        <translation>分级榜的日期“%1”不是 2026、2026-03 或 2026-03-15 这样的日期。</translation>
    </message>
    <message>
        <source>there is no model named “%1”; import it as a model first.</source>
        <translation>没有名为“%1”的模型；请先将其作为模型导入。</translation>
    </message>
    <message>
        <source>Rank must be 1 or more.</source>
        <translation>排名必须大于或等于 1。</translation>
    </message>
    <message>
        <source>rank %1 is also on line %2.</source>
        <translation>第 %1 名也出现在第 %2 行。</translation>
    </message>
    <message>
        <source>it has no rows with a tier.</source>
        <translation>其中没有带等级的行。</translation>
    </message>
    <message>
        <source>The same as the latest tier list (%1, %2): nothing to import.</source>
        <translation>与最新的分级榜（%1，%2）相同：无需导入。</translation>
    </message>
    <message>
        <source>there is already a tier list “%1” of %2; give the new snapshot another date or name.</source>
        <translation>已存在分级榜“%1”（%2）；请为新快照指定其他日期或名称。</translation>
    </message>
    <message>
        <source>A new tier-list snapshot “%1” of %2.</source>
        <translation>新的分级榜快照“%1”（%2）。</translation>
    </message>
    <message>
        <source>Not in the new list: %1 (%2)</source>
        <translation>不在新榜单中：%1（%2）</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; files over %3 MB are not imported (is it the right file?).</source>
        <translation>“%1”大小为 %2 MB；超过 %3 MB 的文件不会被导入（确认是正确的文件吗？）。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>the file is over %1 MB.</source>
        <translation>文件超过 %1 MB。</translation>
    </message>
    <message>
        <source>it is a binary file, not CSV or JSON text.</source>
        <translation>它是二进制文件，不是 CSV 或 JSON 文本。</translation>
    </message>
    <message>
        <source>it is not UTF-8 text. Save it as UTF-8 (in a spreadsheet: CSV UTF-8) and import it again.</source>
        <translation>它不是 UTF-8 文本。请另存为 UTF-8（在电子表格中选择 CSV UTF-8）后重新导入。</translation>
    </message>
    <message>
        <source>only CSV and JSON files can be imported.</source>
        <translation>只能导入 CSV 和 JSON 文件。</translation>
    </message>
    <message>
        <source>it has no “%1” column, so it is not a table of %2 (its columns: %3).</source>
        <translation>其中没有“%1”列，因此不是 %2 表（其列为：%3）。</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>一个文件</translation>
    </message>
    <message>
        <source>imported into LLM Atlas</source>
        <translation>已导入 LLM Atlas</translation>
    </message>
    <message>
        <source>Tier list imported from %1</source>
        <translation>从 %1 导入的分级榜</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <source>%1 as %2: %3 to add, %4 to change, %5 rejected, %6 unchanged.</source>
        <translation>%1 作为 %2：%3 条待添加，%4 条待修改，%5 条被拒绝，%6 条未变。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Nothing will be written: fix the rejected rows and import the file again.</source>
        <translation>不会写入任何内容：请修正被拒绝的行后重新导入该文件。</translation>
    </message>
    <message>
        <source>the import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>“%1” holds a NUL character.</source>
        <translation>“%1”包含 NUL 字符。</translation>
    </message>
    <message>
        <source>LiteLLM&apos;s price map: %1 chat models, prices per token written per million tokens and dated %2 (the map carries no dates); %3 entries that are not chat models or have no prices and %4 second keys of one model left out.</source>
        <translation>LiteLLM 价格表：%1 个聊天模型，按 token 计的价格已换算为每百万 token 的价格，日期记为 %2（该表不含日期）；省略了 %3 个非聊天模型或无价格的条目，以及同一模型的 %4 个重复键。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LLM Atlas</source>
        <translation>LLM Atlas</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;VRAM fit</source>
        <translation>显存适配(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Article tables</source>
        <translation>文章表格(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Data audit</source>
        <translation>数据审核(&amp;D)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Try this:&lt;/b&gt; type in the filter (Ctrl+F) to find a model, pick a tier, then open &lt;b&gt;VRAM fit&lt;/b&gt; (Alt+V) to see which models fit your GPUs. Help &amp;gt; Keyboard Shortcuts lists every key.</source>
        <translation>&lt;b&gt;试试看：&lt;/b&gt;在筛选框中输入（Ctrl+F）查找模型，选择一个等级，然后打开&lt;b&gt;显存适配&lt;/b&gt;（Alt+V）查看哪些模型能放进你的 GPU。帮助 &amp;gt; 键盘快捷键列出了所有按键。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Self-hosting vs API&lt;/b&gt;, as the article prints it. Its figures are quoted, not computed: the data audit checks them.</source>
        <translation>&lt;b&gt;自托管与 API 对比&lt;/b&gt;，按文章原样列出。其数字为引用而非计算所得：由数据审核进行核查。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommendations&lt;/b&gt;, as the article makes them</source>
        <translation>&lt;b&gt;推荐&lt;/b&gt;，按文章原样列出</translation>
    </message>
    <message>
        <source>Where the data contradicts itself or physics: every figure the article quotes, checked against first principles (weights = parameters x bits / 8, every MoE expert resident). Quotes within %1% count as consistent.</source>
        <translation>数据自相矛盾或违背物理规律之处：文章引用的每个数字都按基本原理核查（权重 = 参数 × 位数 / 8，每个 MoE 专家常驻）。误差在 %1% 以内的引用视为一致。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another LLM Atlas database</source>
        <translation>打开另一个 LLM Atlas 数据库</translation>
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
        <source>&amp;Find Model</source>
        <translation>查找模型(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About LLM Atlas</source>
        <translation>关于 LLM Atlas(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>The open LLM Atlas database</source>
        <translation>当前打开的 LLM Atlas 数据库</translation>
    </message>
    <message>
        <source>%1 of %2 models shown</source>
        <translation>显示 %1 / %2 个模型</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Switch with Ctrl+Tab or Alt and the underlined letter</source>
        <translation>使用 Ctrl+Tab 或 Alt 加带下划线的字母切换</translation>
    </message>
    <message>
        <source>Self-hosting vs API, as quoted</source>
        <translation>自托管与 API 对比（引用）</translation>
    </message>
    <message>
        <source>The article&apos;s cost table, quoted verbatim</source>
        <translation>文章的成本表，逐字引用</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>The article&apos;s recommended model per use case</source>
        <translation>文章针对各用途推荐的模型</translation>
    </message>
    <message>
        <source>Data audit findings</source>
        <translation>数据审核结果</translation>
    </message>
    <message>
        <source>Each quoted figure checked against first principles, with its verdict</source>
        <translation>每个引用数字按基本原理核查后的结论</translation>
    </message>
    <message>
        <source>Main views</source>
        <translation>主视图</translation>
    </message>
    <message>
        <source>Save GPU &amp;Configuration…</source>
        <translation>保存 GPU 配置(&amp;C)…</translation>
    </message>
    <message>
        <source>Keep the VRAM fit tab&apos;s GPU type and count under a name of your own</source>
        <translation>以自定义名称保存显存适配标签页中的 GPU 型号和数量</translation>
    </message>
    <message>
        <source>Save GPU Configuration</source>
        <translation>保存 GPU 配置</translation>
    </message>
    <message>
        <source>Name for %1:</source>
        <translation>%1 的名称：</translation>
    </message>
    <message>
        <source>Cannot save the GPU configuration</source>
        <translation>无法保存 GPU 配置</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>成本(&amp;C)</translation>
    </message>
    <message>
        <source>Tier &amp;overview</source>
        <translation>等级概览(&amp;O)</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>&amp;GPUs and prices</source>
        <translation>GPU 与价格(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Delete Model…</source>
        <translation>删除模型(&amp;D)…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>删除 %1？</translation>
    </message>
    <message>
        <source>This also removes %1.</source>
        <translation>这也会删除 %1。</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings all of it back.</source>
        <translation>“编辑 &gt; 撤销”可全部恢复。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Edit Details…</source>
        <translation>编辑详情…</translation>
    </message>
    <message>
        <source>Edit every fact of this model in a form that checks each one (Ctrl+Return in the table)</source>
        <translation>在会逐项检查的表单中编辑此模型的所有事实（在表格中按 Ctrl+Return）</translation>
    </message>
    <message>
        <source>Add Model…</source>
        <translation>添加模型…</translation>
    </message>
    <message>
        <source>Add a model of your own, with its architecture facts (Insert in the table)</source>
        <translation>添加您自己的模型及其架构事实（在表格中按 Insert）</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation>（已编辑）</translation>
    </message>
    <message numerus="yes">
        <source>One model in %n quantization format(s)</source>
        <translation>
            <numerusform>一个模型，%n 种量化格式</numerusform>
        </translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>实测</translation>
    </message>
    <message numerus="yes">
        <source>%n measured run(s)</source>
        <translation>
            <numerusform>%n 次实测运行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeasurementChart</name>
    <message>
        <source>y = x</source>
        <translation>y = x</translation>
    </message>
    <message>
        <source>Decode speed</source>
        <translation>解码速度</translation>
    </message>
    <message>
        <source>Measured tok/s</source>
        <translation>实测 tok/s</translation>
    </message>
    <message>
        <source>Estimated tok/s</source>
        <translation>估算 tok/s</translation>
    </message>
    <message>
        <source>Prefill speed</source>
        <translation>预填充速度</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>峰值显存</translation>
    </message>
    <message>
        <source>Measured %1</source>
        <translation>实测 %1</translation>
    </message>
    <message>
        <source>Estimated %1</source>
        <translation>估算 %1</translation>
    </message>
</context>
<context>
    <name>MeasurementTableModel</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Decode measured</source>
        <translation>解码实测</translation>
    </message>
    <message>
        <source>Decode estimated</source>
        <translation>解码估算</translation>
    </message>
    <message>
        <source>Decode error</source>
        <translation>解码误差</translation>
    </message>
    <message>
        <source>Prefill measured</source>
        <translation>预填充实测</translation>
    </message>
    <message>
        <source>Prefill estimated</source>
        <translation>预填充估算</translation>
    </message>
    <message>
        <source>Prefill error</source>
        <translation>预填充误差</translation>
    </message>
    <message>
        <source>Memory measured</source>
        <translation>显存实测</translation>
    </message>
    <message>
        <source>Memory estimated</source>
        <translation>显存估算</translation>
    </message>
    <message>
        <source>Memory error</source>
        <translation>显存误差</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Tokens per second of one sequence while generating</source>
        <translation>单个序列生成时每秒的 token 数</translation>
    </message>
    <message>
        <source>Tokens per second while reading the prompt</source>
        <translation>读取提示词时每秒的 token 数</translation>
    </message>
    <message>
        <source>Peak GPU memory over all the run&apos;s GPUs</source>
        <translation>该运行所有 GPU 的峰值显存</translation>
    </message>
    <message>
        <source>(estimated - measured) / measured x 100: positive where the estimate promised more than the run gave. The estimate uses the published efficiencies, not your calibration</source>
        <translation>(估算 - 实测) / 实测 x 100：为正表示估算高于实际运行结果。估算使用已发布的效率，而非您的校准</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>+%1 %</source>
        <translation>+%1 %</translation>
    </message>
    <message>
        <source>−%1 %</source>
        <translation>−%1 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 at %2 on %3x %4, %5 tokens of context, batch %6, %7</source>
        <translation>%1（%2），%3x %4，上下文 %5 个 token，批大小 %6，%7</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>Measured on %1</source>
        <translation>测量于 %1</translation>
    </message>
</context>
<context>
    <name>Measurements</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>右引号后还有文本</translation>
    </message>
    <message>
        <source>the file ends inside a quoted field (truncated?)</source>
        <translation>文件在引号字段内结束（被截断？）</translation>
    </message>
    <message>
        <source>no “%1”: not a llama-bench row</source>
        <translation>没有“%1”：不是 llama-bench 的行</translation>
    </message>
    <message>
        <source>a number field holds something else</source>
        <translation>数字字段包含了其他内容</translation>
    </message>
    <message>
        <source>neither a prompt nor generated tokens</source>
        <translation>既没有提示也没有生成的词元</translation>
    </message>
    <message>
        <source>no “%1”</source>
        <translation>没有“%1”</translation>
    </message>
    <message>
        <source>nothing measured</source>
        <translation>没有任何测量值</translation>
    </message>
    <message>
        <source>context, batch or GPU count out of range</source>
        <translation>上下文、批大小或 GPU 数量超出范围</translation>
    </message>
    <message>
        <source>unknown engine “%1”</source>
        <translation>未知引擎“%1”</translation>
    </message>
    <message>
        <source>not a vLLM result: it needs model_id, completed and median_tpot_ms</source>
        <translation>不是 vLLM 结果：需要 model_id、completed 和 median_tpot_ms</translation>
    </message>
    <message>
        <source>entry %1: not an object</source>
        <translation>第 %1 项：不是对象</translation>
    </message>
    <message>
        <source>entry %1: a different kind of row from the first; mixed files are refused</source>
        <translation>第 %1 项：与第一行类型不同；混合文件会被拒绝</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>第 %1 项：%2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>llama-bench rows inside an LLM Atlas file; mixed files are refused</source>
        <translation>LLM Atlas 文件中有 llama-bench 的行；混合文件会被拒绝</translation>
    </message>
    <message>
        <source>broken JSON (%1); truncated?</source>
        <translation>JSON 已损坏（%1）；被截断？</translation>
    </message>
    <message>
        <source>not a JSON object (%1); truncated?</source>
        <translation>不是 JSON 对象（%1）；被截断？</translation>
    </message>
    <message>
        <source>not a known measurements file: no llama-bench or LLM Atlas header</source>
        <translation>不是已知的测量文件：没有 llama-bench 或 LLM Atlas 的表头</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2; truncated or mixed?</source>
        <translation>有 %1 个字段，而表头有 %2 个；被截断或混合？</translation>
    </message>
    <message>
        <source>no model of %1 parameters (within 1 %)</source>
        <translation>没有 %1 参数的模型（误差 1% 以内）</translation>
    </message>
    <message>
        <source>%1 parameters fit several models (%2) and the file name “%3” names none of them</source>
        <translation>%1 参数符合多个模型（%2），而文件名“%3”未指明其中任何一个</translation>
    </message>
    <message>
        <source>no single model for “%1”</source>
        <translation>“%1”没有唯一对应的模型</translation>
    </message>
    <message>
        <source>%1: %2 run(s) read.</source>
        <translation>%1：已读取 %2 次运行。</translation>
    </message>
    <message>
        <source>Unmatched: %1</source>
        <translation>未匹配：%1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>the file holds no runs</source>
        <translation>文件中没有运行记录</translation>
    </message>
    <message>
        <source>the file does not name its GPU: give --gpu</source>
        <translation>文件未写明 GPU：请用 --gpu 指定</translation>
    </message>
    <message>
        <source>no GPU (run on the CPU?); give --gpu</source>
        <translation>没有 GPU（在 CPU 上运行？）；请用 --gpu 指定</translation>
    </message>
    <message>
        <source>no single dataset GPU for “%1”</source>
        <translation>数据集中没有与“%1”唯一对应的 GPU</translation>
    </message>
    <message>
        <source>no weight format in “%1”</source>
        <translation>“%1”中没有权重格式</translation>
    </message>
    <message>
        <source>the weight format %1 is not in the dataset</source>
        <translation>数据集中没有权重格式 %1</translation>
    </message>
    <message>
        <source>%1 of %2 tok/s</source>
        <translation>%1 为 %2 词元/秒</translation>
    </message>
    <message>
        <source>%1 of %2 tok/s is beyond 10x the bound of %3 tok/s</source>
        <translation>%1 为 %2 词元/秒，超过上限 %3 词元/秒的 10 倍</translation>
    </message>
    <message>
        <source>decode</source>
        <translation>解码</translation>
    </message>
    <message>
        <source>prefill</source>
        <translation>预填充</translation>
    </message>
    <message>
        <source>memory of %1 bytes</source>
        <translation>内存为 %1 字节</translation>
    </message>
    <message>
        <source>time to first token of %1 ms</source>
        <translation>首词元时间为 %1 毫秒</translation>
    </message>
    <message numerus="yes">
        <source>calibrated from %n run(s) on %1</source>
        <translation>
            <numerusform>根据 %1 上的 %n 次运行校准</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeasurementsView</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No measured runs yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import your own benchmark results with &lt;b&gt;File &amp;gt; Import…&lt;/b&gt;: llama-bench output (&lt;tt&gt;-o json&lt;/tt&gt;, &lt;tt&gt;jsonl&lt;/tt&gt; or &lt;tt&gt;csv&lt;/tt&gt;), a &lt;tt&gt;vllm bench serve --save-result&lt;/tt&gt; file, or an LLM Atlas measurements CSV or JSON. On the command line:&lt;br&gt;&lt;tt&gt;llm-atlas import FILE --kind measurements&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Each run is shown beside its estimate with the error, and calibrates the speed estimates for its GPU type.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;尚无实测运行记录。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;通过&lt;b&gt;文件 &amp;gt; 导入…&lt;/b&gt;导入您自己的基准测试结果：llama-bench 输出（&lt;tt&gt;-o json&lt;/tt&gt;、&lt;tt&gt;jsonl&lt;/tt&gt; 或 &lt;tt&gt;csv&lt;/tt&gt;）、&lt;tt&gt;vllm bench serve --save-result&lt;/tt&gt; 文件，或 LLM Atlas 测量 CSV/JSON。命令行：&lt;br&gt;&lt;tt&gt;llm-atlas import FILE --kind measurements&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;每条运行都与其估算值并列显示误差，并用于校准该 GPU 型号的速度估算。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quantity charted</source>
        <translation>图表所示数量</translation>
    </message>
    <message>
        <source>Decode speed</source>
        <translation>解码速度</translation>
    </message>
    <message>
        <source>Prefill speed</source>
        <translation>预填充速度</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>峰值显存</translation>
    </message>
    <message>
        <source>Measured runs</source>
        <translation>实测运行记录</translation>
    </message>
    <message>
        <source>Estimated against measured</source>
        <translation>估算与实测对比</translation>
    </message>
    <message>
        <source>Each run as a point at its measured and its estimated figure, one colour per GPU type; the line is where they agree, and points above it were overestimated. The table lists the same runs.</source>
        <translation>每条运行为一个点，位于其实测值与估算值处，每种 GPU 型号一种颜色；直线表示两者一致，线上方的点为高估。表格列出相同的运行。</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>Runs: %1. None has a figure the estimates give.</source>
        <translation>运行：%1。没有可与估算对比的数值。</translation>
    </message>
    <message>
        <source>Runs: %1. Median absolute error %2 %; %3 of %4 estimates within 20 %.</source>
        <translation>运行：%1。绝对误差中位数 %2 %；%4 个估算中有 %3 个在 20 % 以内。</translation>
    </message>
</context>
<context>
    <name>MemoryEstimator</name>
    <message>
        <source>Fits with room</source>
        <translation>宽裕容纳</translation>
    </message>
    <message>
        <source>Tight fit</source>
        <translation>勉强容纳</translation>
    </message>
    <message>
        <source>Needs expert offload</source>
        <translation>需要专家卸载</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>放不下</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge %1</source>
        <translation>合并 %1</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n record(s) this file lacks. Conflicts (same record, different facts): %2; the same in both: %3. Tick what to bring in: for a conflict, ticked takes their facts, unticked keeps yours.</source>
        <translation>
            <numerusform>%1 中有 %n 条此文件缺少的记录。冲突（同一记录，事实不同）：%2 条；两边相同：%3 条。请勾选要引入的内容：对于冲突项，勾选表示采用对方的事实，不勾选则保留您的。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergePlanModel</name>
    <message>
        <source>Conflicts: same record, different facts (%1)</source>
        <translation>冲突：同一记录，事实不同（%1）</translation>
    </message>
    <message>
        <source>Only in %1 (%2)</source>
        <translation>仅在 %1 中（%2）</translation>
    </message>
    <message numerus="yes">
        <source>take theirs (%n field(s))</source>
        <translation>
            <numerusform>采用对方的（%n 个字段）</numerusform>
        </translation>
    </message>
    <message>
        <source>add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
</context>
<context>
    <name>Merger</name>
    <message>
        <source>%1: %2 here, %3 there</source>
        <translation>%1：此处为 %2，对方为 %3</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Merged from %1</source>
        <translation>从 %1 合并</translation>
    </message>
    <message>
        <source>another LLM Atlas database</source>
        <translation>另一个 LLM Atlas 数据库</translation>
    </message>
</context>
<context>
    <name>ModelDetailsPanel</name>
    <message>
        <source>unknown source</source>
        <translation>未知来源</translation>
    </message>
    <message>
        <source>%1 — %2 (as of %3)</source>
        <translation>%1 — %2（截至 %3）</translation>
    </message>
    <message>
        <source>Model details</source>
        <translation>模型详情</translation>
    </message>
    <message>
        <source>Select a model in the table to see its architecture, the article&apos;s figures for it and where each fact comes from.</source>
        <translation>在表格中选择一个模型，即可查看其架构、文章给出的数据以及每条事实的出处。</translation>
    </message>
    <message>
        <source>%1-Tier, #%2</source>
        <translation>%1 级，第 %2 名</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Facts from</source>
        <translation>事实来源</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>%1 total (%2 exactly)</source>
        <translation>共 %1（精确值 %2）</translation>
    </message>
    <message>
        <source>Active per token</source>
        <translation>每 token 激活</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>%1 routed, %2 per token, %3 shared</source>
        <translation>%1 个路由专家，每 token %2 个，%3 个共享专家</translation>
    </message>
    <message>
        <source>Dense: every parameter is used for every token</source>
        <translation>稠密：每个 token 都使用全部参数</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>隐藏层维度</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <source>%1; %2 heads, %3 KV heads of dimension %4</source>
        <translation>%1；%2 个头，%3 个 KV 头，维度 %4</translation>
    </message>
    <message>
        <source>Latent cache</source>
        <translation>潜在缓存</translation>
    </message>
    <message>
        <source>latent rank %1 + rope key %2 per token and layer</source>
        <translation>每 token 每层：潜在秩 %1 + RoPE 键 %2</translation>
    </message>
    <message>
        <source>Full-attention layers</source>
        <translation>全注意力层</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Local attention window</source>
        <translation>局部注意力窗口</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 token</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source> (the article says: active parameters)</source>
        <translation>（文章称：激活参数）</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>VRAM at FP16</source>
        <translation>FP16 下的显存</translation>
    </message>
    <message>
        <source>VRAM at Q4</source>
        <translation>Q4 下的显存</translation>
    </message>
    <message>
        <source>Minimum GPU</source>
        <translation>最低 GPU</translation>
    </message>
    <message>
        <source>Quoted from: %1</source>
        <translation>引自：%1</translation>
    </message>
    <message>
        <source>Hardware figures as the article quotes them</source>
        <translation>文章引用的硬件数据</translation>
    </message>
    <message>
        <source>Recommended as</source>
        <translation>推荐用途</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>~%1 GB%2 — computed: %3 of weights</source>
        <translation>约 %1 GB%2 — 计算值：权重 %3</translation>
    </message>
    <message>
        <source>The data audit tab says which quotes disagree with the computed figures, and why.</source>
        <translation>数据审核标签页会说明哪些引用值与计算值不符以及原因。</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%2（%3）中的 %1</translation>
    </message>
    <message>
        <source>%1 (%2 bytes) — %3</source>
        <translation>%1（%2 字节）— %3</translation>
    </message>
    <message>
        <source>Measured sizes</source>
        <translation>实测大小</translation>
    </message>
</context>
<context>
    <name>ModelFileComparisonModel</name>
    <message>
        <source>%1 (%2 bytes), %3</source>
        <translation>%1（%2 字节），%3</translation>
    </message>
    <message>
        <source>Weights at %1</source>
        <translation>%1 下的权重</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>来自文件</translation>
    </message>
    <message>
        <source>In the database now</source>
        <translation>当前数据库中</translation>
    </message>
</context>
<context>
    <name>ModelFileImport</name>
    <message>
        <source>The file gives no release date: %1, the file&apos;s month, stands in, and the model is marked uncertain.</source>
        <translation>文件未给出发布日期：以文件的月份 %1 代替，并将模型标记为不确定。</translation>
    </message>
    <message>
        <source>%1: the file does not name the vendor of “%2”, and no model of that name is known; name the vendor.</source>
        <translation>%1：文件未注明“%2”的厂商，且没有同名的已知模型；请指定厂商。</translation>
    </message>
    <message>
        <source>%1: “%2” cannot be imported: %3</source>
        <translation>%1：无法导入“%2”：%3</translation>
    </message>
    <message>
        <source>%1 is none of the database&apos;s weight formats: the measured size is kept, and is used once a format of that name is added.</source>
        <translation>%1 不是数据库中的权重格式：实测大小会保留，并在添加同名格式后使用。</translation>
    </message>
    <message>
        <source>%1 holds no weights (config.json alone), so no size was measured.</source>
        <translation>%1 不含权重（仅有 config.json），因此未测量大小。</translation>
    </message>
    <message>
        <source>%1 bytes in %2</source>
        <translation>%2 中共 %1 字节</translation>
    </message>
    <message>
        <source>%1: adds the model “%2” (%3).</source>
        <translation>%1：添加模型“%2”（%3）。</translation>
    </message>
    <message>
        <source>%1: changes “%2”: %3.</source>
        <translation>%1：更改“%2”：%3。</translation>
    </message>
    <message>
        <source>%1: “%2” already has these facts.</source>
        <translation>%1：“%2”已有这些数据。</translation>
    </message>
    <message>
        <source>%1 bytes (%2)</source>
        <translation>%1 字节（%2）</translation>
    </message>
    <message>
        <source>Measured weights at %1: %2.</source>
        <translation>%1 下的实测权重：%2。</translation>
    </message>
    <message>
        <source>Measured weights at %1: %2, replacing %3 bytes from %4.</source>
        <translation>%1 下的实测权重：%2，替换来自 %4 的 %3 字节。</translation>
    </message>
    <message>
        <source>Measured weights at %1 unchanged: %2.</source>
        <translation>%1 下的实测权重未变：%2。</translation>
    </message>
</context>
<context>
    <name>ModelFileInspector</name>
    <message>
        <source>%1: shard %2 is missing</source>
        <translation>%1：缺少分片 %2</translation>
    </message>
    <message>
        <source>%1: holds %2 .safetensors files but no %3 saying which make the model (%4)</source>
        <translation>%1：含有 %2 个 .safetensors 文件，但没有说明哪些文件构成模型的 %3（%4）</translation>
    </message>
    <message>
        <source>The weights are packed (%1), so parameters are computed from config.json rather than counted.</source>
        <translation>权重为打包格式（%1），因此参数根据 config.json 计算，而非逐一统计。</translation>
    </message>
    <message>
        <source>No routed-expert tensors were recognised by name; the active parameters use the experts&apos; size from config.json.</source>
        <translation>未能按名称识别出路由专家张量；激活参数采用 config.json 中的专家大小。</translation>
    </message>
    <message>
        <source>The parameter count includes the vision encoder&apos;s tensors.</source>
        <translation>参数量包含视觉编码器的张量。</translation>
    </message>
    <message>
        <source>config.json leaves these to transformers&apos; defaults for %1: %2.</source>
        <translation>config.json 将以下各项留给 transformers 对 %1 的默认值：%2。</translation>
    </message>
    <message>
        <source>%1: holds no %2; a model folder needs one (or give a .gguf or .safetensors file)</source>
        <translation>%1：不含 %2；模型文件夹需要该文件（或请指定 .gguf 或 .safetensors 文件）</translation>
    </message>
    <message>
        <source>No config.json beside the file: only the parameters and weights are known, not the architecture.</source>
        <translation>文件旁没有 config.json：只知道参数和权重，不知道架构。</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1：没有此文件或文件夹</translation>
    </message>
    <message>
        <source>%1: not a .gguf or .safetensors file, a config.json or a model folder</source>
        <translation>%1：不是 .gguf 或 .safetensors 文件，也不是 config.json 或模型文件夹</translation>
    </message>
    <message>
        <source>read from file</source>
        <translation>从文件读取</translation>
    </message>
</context>
<context>
    <name>ModelFilePreviewDialog</name>
    <message>
        <source>Update %1 from %2</source>
        <translation>从 %2 更新 %1</translation>
    </message>
    <message>
        <source>Add %1 from %2</source>
        <translation>从 %2 添加 %1</translation>
    </message>
    <message>
        <source>The database already holds all of this: there is nothing to add.</source>
        <translation>数据库已包含所有这些内容：无需添加。</translation>
    </message>
    <message>
        <source>One step: Edit &gt; Undo takes all of it back.</source>
        <translation>一步完成：编辑 &gt; 撤销可全部撤回。</translation>
    </message>
    <message>
        <source>&amp;Update Model</source>
        <translation>更新模型(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Add Model</source>
        <translation>添加模型(&amp;A)</translation>
    </message>
</context>
<context>
    <name>NameMatcher</name>
    <message>
        <source>no %1 name given.</source>
        <translation>未给出 %1 名称。</translation>
    </message>
    <message>
        <source>“%1” matches several %2s: %3.</source>
        <translation>“%1”匹配多个 %2：%3。</translation>
    </message>
    <message>
        <source>no %1 is called “%2”. Did you mean: %3?</source>
        <translation>没有名为“%2”的 %1。您是否指：%3？</translation>
    </message>
    <message>
        <source>no %1 is called “%2”. Known %1s: %3.</source>
        <translation>没有名为“%2”的 %1。已知的 %1：%3。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>GB (10⁹ bytes, as GPU vendors print)</source>
        <translation>GB（10⁹ 字节，GPU 厂商的标注方式）</translation>
    </message>
    <message>
        <source>GiB (2³⁰ bytes, as operating systems count)</source>
        <translation>GiB（2³⁰ 字节，操作系统的计算方式）</translation>
    </message>
    <message>
        <source>Memory unit</source>
        <translation>内存单位</translation>
    </message>
    <message>
        <source>The unit of every memory figure in tables and details</source>
        <translation>表格和详情中所有内存数值的单位</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 token</translation>
    </message>
    <message>
        <source>Default context length</source>
        <translation>默认上下文长度</translation>
    </message>
    <message>
        <source>The context length the VRAM fit tab starts with</source>
        <translation>显存适配标签页的初始上下文长度</translation>
    </message>
    <message>
        <source>Symbol: %1</source>
        <translation>符号：%1</translation>
    </message>
    <message>
        <source>ISO code: %1</source>
        <translation>ISO 代码：%1</translation>
    </message>
    <message>
        <source>Currency display</source>
        <translation>货币显示</translation>
    </message>
    <message>
        <source>How US dollar amounts are written</source>
        <translation>美元金额的书写方式</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Stale data age</source>
        <translation>数据过期时长</translation>
    </message>
    <message>
        <source>Facts older than this are marked as stale</source>
        <translation>早于此时长的事实将标记为过期</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of the interface; takes effect after a restart</source>
        <translation>界面语言；重启后生效</translation>
    </message>
    <message>
        <source>Memory &amp;unit:</source>
        <translation>内存单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Default &amp;context length:</source>
        <translation>默认上下文长度(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>货币(&amp;R)：</translation>
    </message>
    <message>
        <source>Data is &amp;stale after:</source>
        <translation>数据过期时长(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect when LLM Atlas is restarted.</source>
        <translation>新语言将在重启 LLM Atlas 后生效。</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message numerus="yes">
        <source>Grey: a price older than %n month(s) (its as-of date); check it is still true. Italic: edited by you.</source>
        <translation>
            <numerusform>灰色：价格早于 %n 个月（按其数据日期），请核实是否仍然有效。斜体：您编辑过的内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1 — %2</source>
        <translation>来源：%1 — %2</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>编辑于 %1</translation>
    </message>
    <message>
        <source>Other facts of this row edited %1</source>
        <translation>此行的其他事实编辑于 %1</translation>
    </message>
    <message numerus="yes">
        <source>Older than %n month(s): check it is still true.</source>
        <translation>
            <numerusform>已超过 %n 个月：请确认是否仍然属实。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QuotedCostAuditModel</name>
    <message>
        <source>Article&apos;s scenario</source>
        <translation>文章场景</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>not feasible</source>
        <translation>不可行</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>引用值</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>token 数</translation>
    </message>
    <message>
        <source>Quoted/M</source>
        <translation>引用值/百万</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>计算值</translation>
    </message>
    <message>
        <source>Computed/M</source>
        <translation>计算值/百万</translation>
    </message>
    <message>
        <source>The scenario as the article&apos;s cost table names it</source>
        <translation>文章成本表中对该场景的命名</translation>
    </message>
    <message>
        <source>The article&apos;s monthly cost, as printed</source>
        <translation>文章刊出的月成本</translation>
    </message>
    <message>
        <source>The article&apos;s monthly token volume, as printed</source>
        <translation>文章刊出的每月 token 用量</translation>
    </message>
    <message>
        <source>The article&apos;s cost per million tokens, as printed</source>
        <translation>文章刊出的每百万 token 成本</translation>
    </message>
    <message>
        <source>What the cost model gives a month for the same API or GPUs at the quoted volume, with the assumptions chosen here</source>
        <translation>按此处所选假设，成本模型对相同 API 或 GPU 在引用用量下给出的月成本</translation>
    </message>
    <message>
        <source>The computed monthly cost per million tokens of the quoted volume</source>
        <translation>按引用用量计算出的每百万 token 月成本</translation>
    </message>
    <message>
        <source>Every finding of the cost audit about this row, worst first</source>
        <translation>成本审核对该行的所有发现，最严重的在前</translation>
    </message>
    <message>
        <source>What the audit makes of the article&apos;s figures: the quote is wrong when its own figures contradict each other, doubtful when they cannot be checked or rest on a questionable assumption</source>
        <translation>审核对文章数字的结论：数字自相矛盾时为“引用有误”，无法核对或依赖可疑假设时为“存疑”</translation>
    </message>
    <message>
        <source>Quote is wrong</source>
        <translation>引用有误</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>存疑</translation>
    </message>
</context>
<context>
    <name>QuotedCostTableModel</name>
    <message>
        <source>Approach</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>月成本</translation>
    </message>
    <message>
        <source>Tokens/month</source>
        <translation>token/月</translation>
    </message>
    <message>
        <source>Cost/M tokens</source>
        <translation>成本/百万 token</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>RecommendationTableModel</name>
    <message>
        <source>Recommendation</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>RecordEditing</name>
    <message>
        <source>Compare Tier &amp;Snapshots…</source>
        <translation>比较分级榜快照(&amp;S)…</translation>
    </message>
    <message>
        <source>See which models moved up or down between two stored tier lists</source>
        <translation>查看两份已存分级榜之间哪些模型上升或下降</translation>
    </message>
    <message>
        <source>&amp;Add Model…</source>
        <translation>添加模型(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a model of your own, with its architecture facts</source>
        <translation>添加您自己的模型及其架构事实</translation>
    </message>
    <message>
        <source>Ed&amp;it Model Details…</source>
        <translation>编辑模型详情(&amp;I)…</translation>
    </message>
    <message>
        <source>Edit every fact of the current model in a form that checks each one</source>
        <translation>在会逐项检查的表单中编辑当前模型的所有事实</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit in Form…</source>
        <translation>在表单中编辑…</translation>
    </message>
    <message>
        <source>Cannot edit</source>
        <translation>无法编辑</translation>
    </message>
    <message>
        <source>This file is open read-only, so it cannot be changed. Save a copy (File &gt; Save As) and edit the copy.</source>
        <translation>此文件以只读方式打开，无法修改。请保存副本（文件 &gt; 另存为）并编辑该副本。</translation>
    </message>
    <message>
        <source>Cannot add</source>
        <translation>无法添加</translation>
    </message>
    <message>
        <source>Cannot save the edit</source>
        <translation>无法保存修改</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Facts from (published model)</source>
        <translation>事实来源（已发布模型）</translation>
    </message>
    <message>
        <source>Another model stands in</source>
        <translation>由另一模型代替</translation>
    </message>
    <message>
        <source>Total parameters</source>
        <translation>总参数量</translation>
    </message>
    <message>
        <source>Active parameters per token</source>
        <translation>每 token 激活参数</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>隐藏层维度</translation>
    </message>
    <message>
        <source>Attention heads</source>
        <translation>注意力头数</translation>
    </message>
    <message>
        <source>KV heads</source>
        <translation>KV 头数</translation>
    </message>
    <message>
        <source>Head dimension</source>
        <translation>头维度</translation>
    </message>
    <message>
        <source>Attention (gqa, mla, hybrid, chunked)</source>
        <translation>注意力（gqa、mla、hybrid、chunked）</translation>
    </message>
    <message>
        <source>MLA latent rank</source>
        <translation>MLA 潜在秩</translation>
    </message>
    <message>
        <source>MLA rope key dimension</source>
        <translation>MLA RoPE 键维度</translation>
    </message>
    <message>
        <source>Full-attention layers</source>
        <translation>全注意力层</translation>
    </message>
    <message>
        <source>Local attention window</source>
        <translation>局部注意力窗口</translation>
    </message>
    <message>
        <source>Recurrent state elements</source>
        <translation>循环状态元素数</translation>
    </message>
    <message>
        <source>Routed experts</source>
        <translation>路由专家数</translation>
    </message>
    <message>
        <source>Experts per token</source>
        <translation>每 token 专家数</translation>
    </message>
    <message>
        <source>Shared experts</source>
        <translation>共享专家数</translation>
    </message>
    <message>
        <source>Context (tokens)</source>
        <translation>上下文（token）</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Not confirmed by a primary source</source>
        <translation>未经一手来源证实</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>亮点</translation>
    </message>
    <message>
        <source>Parameters as the list prints them</source>
        <translation>榜单所列参数</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>显存（GiB）</translation>
    </message>
    <message>
        <source>Memory type</source>
        <translation>显存类型</translation>
    </message>
    <message>
        <source>Bandwidth (GB/s)</source>
        <translation>带宽（GB/s）</translation>
    </message>
    <message>
        <source>FP16 TFLOPS</source>
        <translation>FP16 TFLOPS</translation>
    </message>
    <message>
        <source>TDP (W)</source>
        <translation>TDP（W）</translation>
    </message>
    <message>
        <source>Street price (USD)</source>
        <translation>市场价（美元）</translation>
    </message>
    <message>
        <source>Cloud price as of</source>
        <translation>云价格截至</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Provider&apos;s model name</source>
        <translation>提供商的模型名称</translation>
    </message>
    <message>
        <source>Serves our model</source>
        <translation>提供本模型</translation>
    </message>
    <message>
        <source>Input (USD/M tokens)</source>
        <translation>输入（美元/百万 token）</translation>
    </message>
    <message>
        <source>Cached input (USD/M tokens)</source>
        <translation>缓存输入（美元/百万 token）</translation>
    </message>
    <message>
        <source>Output (USD/M tokens)</source>
        <translation>输出（美元/百万 token）</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>“%1” is not a field that can be changed.</source>
        <translation>“%1”不是可修改的字段。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <source>%1 must be a whole number (70000000000 or 70B).</source>
        <translation>%1 必须是整数（70000000000 或 70B）。</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 必须是整数。</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 必须是数字。</translation>
    </message>
    <message>
        <source>%1 must be a date as 2026, 2026-03 or 2026-03-15.</source>
        <translation>%1 必须是日期，格式如 2026、2026-03 或 2026-03-15。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 必须是 %2 之一。</translation>
    </message>
    <message>
        <source>%1: there is no model named “%2”.</source>
        <translation>%1：没有名为“%2”的模型。</translation>
    </message>
    <message>
        <source>tier entry of %1</source>
        <translation>%1 的分级条目</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>GPU share of unified memory</source>
        <translation>GPU 可用的统一内存比例</translation>
    </message>
    <message>
        <source>Street price as of</source>
        <translation>市场价格日期</translation>
    </message>
    <message>
        <source>Cloud price (USD/hour, on demand)</source>
        <translation>云端价格（美元/小时，按需）</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>云服务商</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Tier Entry</source>
        <translation>分级条目</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>API Price</source>
        <translation>API 价格</translation>
    </message>
    <message>
        <source>e.g. 70B or 70000000000</source>
        <translation>例如 70B 或 70000000000</translation>
    </message>
    <message>
        <source>e.g. 2026-03-15, 2026-03 or 2026</source>
        <translation>例如 2026-03-15、2026-03 或 2026</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Edit %1 — %2</source>
        <translation>编辑%1 — %2</translation>
    </message>
    <message>
        <source>A new row is recorded as typed in by hand, dated today.</source>
        <translation>新行将记录为手动输入，日期为今天。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Assumptions: memory fit</source>
        <translation>假设：显存适配</translation>
    </message>
    <message>
        <source>GPU configuration</source>
        <translation>GPU 配置</translation>
    </message>
    <message>
        <source>%1, %2 of memory</source>
        <translation>%1，%2 显存</translation>
    </message>
    <message>
        <source>Usable share of GPU memory</source>
        <translation>GPU 显存可用比例</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>%1, %2 bits per weight</source>
        <translation>%1，每权重 %2 位</translation>
    </message>
    <message>
        <source>Context per sequence</source>
        <translation>每序列上下文</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 token</translation>
    </message>
    <message>
        <source>Concurrent sequences</source>
        <translation>并发序列数</translation>
    </message>
    <message>
        <source>KV cache precision</source>
        <translation>KV 缓存精度</translation>
    </message>
    <message>
        <source>MoE routed experts</source>
        <translation>MoE 路由专家</translation>
    </message>
    <message>
        <source>in system RAM</source>
        <translation>位于系统内存</translation>
    </message>
    <message>
        <source>on the GPUs</source>
        <translation>位于 GPU</translation>
    </message>
    <message>
        <source>Runtime reserve per GPU</source>
        <translation>每 GPU 运行时预留</translation>
    </message>
    <message>
        <source>Prefill chunk</source>
        <translation>预填充块</translation>
    </message>
    <message>
        <source>Assumptions: cost</source>
        <translation>假设：成本</translation>
    </message>
    <message>
        <source>Model self-hosted</source>
        <translation>自托管模型</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>%1 tokens a month</source>
        <translation>每月 %1 token</translation>
    </message>
    <message>
        <source>Input : output tokens</source>
        <translation>输入 : 输出 token</translation>
    </message>
    <message>
        <source>Average use of peak throughput</source>
        <translation>峰值吞吐量的平均使用率</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>rented at the listed cloud rates</source>
        <translation>按所列云价格租用</translation>
    </message>
    <message>
        <source>bought, spread over %1 months, drawing full power at %2 a kWh</source>
        <translation>购买，分摊 %1 个月，按每千瓦时 %2 满功率耗电</translation>
    </message>
    <message>
        <source>Hours in a month</source>
        <translation>每月小时数</translation>
    </message>
    <message>
        <source>Largest batch an engine runs</source>
        <translation>推理引擎运行的最大批量</translation>
    </message>
    <message>
        <source>Fit and throughput</source>
        <translation>适配与吞吐量</translation>
    </message>
    <message>
        <source>%1 weights, %2 tokens of context per sequence</source>
        <translation>%1 权重，每序列 %2 token 上下文</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>没有行。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>cannot tell the format of “%1”: use a .pdf or .html file.</source>
        <translation>无法判断“%1”的格式：请使用 .pdf 或 .html 文件。</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows: export the table to have them all.</source>
        <translation>前 %1 行，共 %2 行：导出该表格即可获得全部行。</translation>
    </message>
</context>
<context>
    <name>SafetensorsReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the header is not valid JSON: %1 at byte %2</source>
        <translation>头部不是有效的 JSON：%1（第 %2 字节处）</translation>
    </message>
    <message>
        <source>the header is not a JSON object</source>
        <translation>头部不是 JSON 对象</translation>
    </message>
    <message>
        <source>tensor “%1” needs dtype, shape and two data_offsets</source>
        <translation>张量“%1”需要 dtype、shape 和两个 data_offsets</translation>
    </message>
    <message>
        <source>tensor “%1” has the unknown dtype “%2”</source>
        <translation>张量“%1”的 dtype“%2”未知</translation>
    </message>
    <message>
        <source>tensor “%1” has %2 dimensions</source>
        <translation>张量“%1”有 %2 个维度</translation>
    </message>
    <message>
        <source>tensor “%1” has a shape that is not whole numbers</source>
        <translation>张量“%1”的 shape 不全是整数</translation>
    </message>
    <message>
        <source>tensor “%1”&apos;s size passes 64 bits</source>
        <translation>张量“%1”的大小超出 64 位</translation>
    </message>
    <message>
        <source>tensor “%1” of %2 %3 elements does not fill whole bytes</source>
        <translation>张量“%1”的 %2 个 %3 元素填不满整数个字节</translation>
    </message>
    <message>
        <source>tensor “%1” has invalid data_offsets</source>
        <translation>张量“%1”的 data_offsets 无效</translation>
    </message>
    <message>
        <source>tensor “%1” spans %2 bytes, but its shape and dtype make %3</source>
        <translation>张量“%1”跨 %2 字节，但其 shape 和 dtype 得出 %3</translation>
    </message>
    <message>
        <source>tensor “%1” starts at data byte %2, expected %3</source>
        <translation>张量“%1”起始于数据第 %2 字节，预期为 %3</translation>
    </message>
    <message>
        <source>the tensors cover %1 bytes of data, but the file holds %2: is it complete?</source>
        <translation>各张量覆盖 %1 字节数据，但文件含 %2：文件是否完整？</translation>
    </message>
    <message>
        <source>%1: too short for a safetensors header (%2 bytes)</source>
        <translation>%1：太短，容纳不下 safetensors 头部（%2 字节）</translation>
    </message>
    <message>
        <source>%1: the header claims %2 bytes; safetensors allows at most %3</source>
        <translation>%1：头部声称有 %2 字节；safetensors 最多允许 %3</translation>
    </message>
    <message>
        <source>%1: the header claims %2 bytes, but only %3 follow</source>
        <translation>%1：头部声称有 %2 字节，但其后只有 %3</translation>
    </message>
    <message>
        <source>%1: the header could not be read</source>
        <translation>%1：无法读取头部</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large for an index (at most %3)</source>
        <translation>%1：%2 字节对索引来说过大（最多 %3）</translation>
    </message>
    <message>
        <source>%1: not a JSON object: %2</source>
        <translation>%1：不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>%1: has no weight_map object</source>
        <translation>%1：没有 weight_map 对象</translation>
    </message>
    <message>
        <source>%1: tensor “%2” maps to “%3”, not a .safetensors file beside the index</source>
        <translation>%1：张量“%2”映射到“%3”，而它不是索引旁的 .safetensors 文件</translation>
    </message>
    <message>
        <source>%1: the weight_map names no tensors</source>
        <translation>%1：weight_map 未列出任何张量</translation>
    </message>
    <message>
        <source>%1: shard %2 is missing</source>
        <translation>%1：缺少分片 %2</translation>
    </message>
    <message>
        <source>%1: maps tensor “%2” to %3, which does not hold it</source>
        <translation>%1：将张量“%2”映射到 %3，但后者并不包含它</translation>
    </message>
    <message>
        <source>%1 gives total_size %2, but the shards&apos; headers add up to %3 bytes of tensor data.</source>
        <translation>%1 给出的 total_size 为 %2，但各分片头部合计为 %3 字节张量数据。</translation>
    </message>
    <message>
        <source>%1: tensor “%2” is also in an earlier shard</source>
        <translation>%1：张量“%2”也出现在之前的某个分片中</translation>
    </message>
</context>
<context>
    <name>ServingModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <source>bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>The peak traffic must be more than zero requests a second.</source>
        <translation>峰值流量必须大于每秒零个请求。</translation>
    </message>
    <message>
        <source>A request needs a prompt of zero or more tokens and at least one output token.</source>
        <translation>一个请求需要零个或更多提示词元，以及至少一个输出词元。</translation>
    </message>
    <message>
        <source>The prefix-cache share must be from 0% to 100%.</source>
        <translation>前缀缓存占比必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>Latency targets must be more than zero.</source>
        <translation>延迟目标必须大于零。</translation>
    </message>
    <message>
        <source>published %1 runs</source>
        <translation>已发布的 %1 实测</translation>
    </message>
    <message>
        <source>The weights do not fit on %1: %2 of weights and runtime overhead against %3 usable.</source>
        <translation>权重放不进 %1：权重和运行时开销共 %2，可用 %3。</translation>
    </message>
    <message>
        <source>No memory is left on %1 for one request&apos;s KV cache (%2 at %3 tokens).</source>
        <translation>%1 上没有剩余显存容纳一个请求的 KV 缓存（%3 词元时为 %2）。</translation>
    </message>
    <message>
        <source>%1 has no memory bandwidth or compute figures.</source>
        <translation>%1 没有显存带宽或算力数据。</translation>
    </message>
    <message>
        <source>No batch meets the TPOT target of %1: one sequence alone takes %2 a token on %3.</source>
        <translation>没有批量能达到 %1 的 TPOT 目标：在 %3 上单个序列每个词元就需要 %2。</translation>
    </message>
    <message>
        <source>No load meets the TTFT target of %1: reading one prompt takes %2 on %3 before any wait.</source>
        <translation>任何负载都达不到 %1 的 TTFT 目标：在 %3 上不计等待，读取一个提示就需要 %2。</translation>
    </message>
    <message>
        <source>The peak must last more than 0 and at most 24 hours a day.</source>
        <translation>高峰每天必须持续超过 0 小时且至多 24 小时。</translation>
    </message>
    <message>
        <source>Off-peak traffic must be from 0% to 100% of the peak.</source>
        <translation>非高峰流量必须为高峰的 0% 到 100%。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Every menu command with a shortcut, grouped by menu</source>
        <translation>所有带快捷键的菜单命令，按菜单分组</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>标签页</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示“%1”</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>下一个标签页</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>上一个标签页</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>焦点</translation>
    </message>
    <message>
        <source>Next control</source>
        <translation>下一个控件</translation>
    </message>
    <message>
        <source>Previous control</source>
        <translation>上一个控件</translation>
    </message>
    <message>
        <source>In an editable table</source>
        <translation>在可编辑的表格中</translation>
    </message>
    <message>
        <source>Edit the cell</source>
        <translation>编辑单元格</translation>
    </message>
    <message>
        <source>Edit the row in a form</source>
        <translation>在表单中编辑该行</translation>
    </message>
    <message>
        <source>Add a row in a form</source>
        <translation>在表单中添加一行</translation>
    </message>
    <message>
        <source>Delete the row</source>
        <translation>删除该行</translation>
    </message>
</context>
<context>
    <name>SnapshotCompareDialog</name>
    <message>
        <source>Compare Tier Snapshots</source>
        <translation>比较分级榜快照</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Older tier list</source>
        <translation>较早的分级榜</translation>
    </message>
    <message>
        <source>Newer tier list</source>
        <translation>较新的分级榜</translation>
    </message>
    <message>
        <source>&amp;Older:</source>
        <translation>较早(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Newer:</source>
        <translation>较新(&amp;N)：</translation>
    </message>
    <message>
        <source>Tier changes</source>
        <translation>等级变化</translation>
    </message>
    <message>
        <source>Only one tier list is stored, so there is nothing to compare yet. Import a newer tier list (File &gt; Import…, kind “tiers”) and it is kept as a new dated snapshot.</source>
        <translation>目前只存有一份分级榜，暂无可比较的内容。请导入一份更新的分级榜（文件 &gt; 导入…，类型“tiers”），它将作为新的带日期快照保存。</translation>
    </message>
    <message>
        <source>Both sides show the same tier list: pick two different ones.</source>
        <translation>两侧显示的是同一份分级榜：请选择两份不同的。</translation>
    </message>
    <message>
        <source>%1 moved up, %2 moved down, %3 stayed, %4 new, %5 dropped.</source>
        <translation>%1 个上升，%2 个下降，%3 个不变，%4 个新增，%5 个移除。</translation>
    </message>
</context>
<context>
    <name>SnapshotComparisonModel</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Tier before</source>
        <translation>之前等级</translation>
    </message>
    <message>
        <source>Rank before</source>
        <translation>之前排名</translation>
    </message>
    <message>
        <source>Tier after</source>
        <translation>之后等级</translation>
    </message>
    <message>
        <source>Rank after</source>
        <translation>之后排名</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>未上榜</translation>
    </message>
</context>
<context>
    <name>SpeedModel</name>
    <message>
        <source>published %1 runs</source>
        <translation>已发表的 %1 测试</translation>
    </message>
</context>
<context>
    <name>TierBrowser</name>
    <message>
        <source>Filter by name, vendor or highlight (Ctrl+F)</source>
        <translation>按名称、厂商或亮点筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>筛选模型</translation>
    </message>
    <message>
        <source>Show one tier only</source>
        <translation>只显示一个等级</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>所有等级</translation>
    </message>
    <message>
        <source>%1-Tier</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Dense models use every parameter per token; mixture-of-experts models route each token through a few experts but keep all of them in memory</source>
        <translation>稠密模型每个 token 使用全部参数；混合专家模型将每个 token 路由到少数专家，但所有专家都保留在内存中</translation>
    </message>
    <message>
        <source>Dense and MoE</source>
        <translation>稠密和 MoE</translation>
    </message>
    <message>
        <source>Dense only</source>
        <translation>仅稠密</translation>
    </message>
    <message>
        <source>MoE only</source>
        <translation>仅 MoE</translation>
    </message>
    <message>
        <source> B</source>
        <translation> B</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Total parameters, in billions</source>
        <translation>总参数量，单位十亿</translation>
    </message>
    <message>
        <source>Minimum parameters</source>
        <translation>最少参数</translation>
    </message>
    <message>
        <source>Maximum parameters</source>
        <translation>最多参数</translation>
    </message>
    <message>
        <source>Hide models that do not fit the GPU configuration chosen in the VRAM fit tab</source>
        <translation>隐藏放不进显存适配标签页所选 GPU 配置的模型</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>参数(&amp;P)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Shows only models whose name, vendor or highlight contains the text</source>
        <translation>仅显示名称、厂商或亮点包含该文本的模型</translation>
    </message>
    <message>
        <source>Dense models, mixture-of-experts models, or both</source>
        <translation>稠密模型、混合专家模型或两者</translation>
    </message>
    <message>
        <source>The tier list with each model&apos;s size, architecture and fit verdict</source>
        <translation>分级榜，列出每个模型的规模、架构和适配结论</translation>
    </message>
    <message>
        <source>Only models that fi&amp;t</source>
        <translation>仅显示可容纳的模型(&amp;T)</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>任意规模</translation>
    </message>
    <message>
        <source>Up to 4B</source>
        <translation>4B 及以下</translation>
    </message>
    <message>
        <source>4B to 15B</source>
        <translation>4B 至 15B</translation>
    </message>
    <message>
        <source>15B to 40B</source>
        <translation>15B 至 40B</translation>
    </message>
    <message>
        <source>40B to 150B</source>
        <translation>40B 至 150B</translation>
    </message>
    <message>
        <source>Over 150B</source>
        <translation>150B 以上</translation>
    </message>
    <message>
        <source>Show one family&apos;s models only, by vendor</source>
        <translation>只显示一个系列（按厂商）的模型</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Sets the parameter range to a common size class</source>
        <translation>将参数范围设为常见的规模档位</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>全部系列</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>TierChart</name>
    <message>
        <source>Parameters, billions — dark: used for each token; light: the rest, also held in memory</source>
        <translation>参数量（十亿）— 深色：每个 token 使用的部分；浅色：其余部分，同样保存在内存中</translation>
    </message>
    <message>
        <source>%1, %2 active</source>
        <translation>%1，激活 %2</translation>
    </message>
    <message>
        <source>%1 dense</source>
        <translation>%1 稠密</translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Not in the tier list</source>
        <translation>不在分级榜中</translation>
    </message>
    <message>
        <source>%1 tier</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>Not in the tier list, rest</source>
        <translation>不在分级榜中，其余部分</translation>
    </message>
    <message>
        <source>%1 tier, rest of the total</source>
        <translation>%1 级，总量的其余部分</translation>
    </message>
    <message>
        <source>Models of the tier list by parameters, coloured by tier</source>
        <translation>分级榜中的模型按参数量排列，按等级着色</translation>
    </message>
    <message>
        <source> — first %1 of %2 rows</source>
        <translation> — 前 %1 行，共 %2 行</translation>
    </message>
</context>
<context>
    <name>TierChartView</name>
    <message>
        <source>Tier overview chart</source>
        <translation>等级概览图表</translation>
    </message>
    <message>
        <source>Tier overview table</source>
        <translation>等级概览表格</translation>
    </message>
</context>
<context>
    <name>TierSnapshots</name>
    <message>
        <source>up</source>
        <translation>上升</translation>
    </message>
    <message>
        <source>down</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>same</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>移出</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>未列出</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 第 %2 名</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2（%3）</translation>
    </message>
</context>
<context>
    <name>TierTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>亮点</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>所需</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适配</translation>
    </message>
    <message>
        <source>Position in the tier list</source>
        <translation>在分级榜中的位置</translation>
    </message>
    <message>
        <source>Model name as the tier list spells it; * marks facts taken from another published model or not confirmed by a primary source (hover for why)</source>
        <translation>分级榜中的模型名称；* 表示该事实取自另一个已发布模型或未经一手来源证实（悬停查看原因）</translation>
    </message>
    <message>
        <source>Total parameters: every one of them is held in memory, MoE experts included</source>
        <translation>总参数量：全部保存在内存中，包括 MoE 专家</translation>
    </message>
    <message>
        <source>Parameters used per generated token (all of them for a dense model)</source>
        <translation>每生成一个 token 所用的参数（稠密模型为全部参数）</translation>
    </message>
    <message>
        <source>Longest context the model supports, in tokens</source>
        <translation>模型支持的最长上下文（token）</translation>
    </message>
    <message>
        <source>For the GPU configuration and assumptions chosen in the VRAM fit tab</source>
        <translation>针对显存适配标签页中所选的 GPU 配置和假设</translation>
    </message>
    <message>
        <source>Architecture facts from %1</source>
        <translation>架构事实来自 %1</translation>
    </message>
    <message>
        <source>The tier list says “%1”</source>
        <translation>分级榜标注为“%1”</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>A model needs a name.</source>
        <translation>模型需要名称。</translation>
    </message>
    <message>
        <source>Another model is already called “%1”.</source>
        <translation>已有另一个模型名为“%1”。</translation>
    </message>
    <message>
        <source>Name the vendor.</source>
        <translation>请填写厂商。</translation>
    </message>
    <message>
        <source>The parameter count must be positive.</source>
        <translation>参数量必须为正数。</translation>
    </message>
    <message>
        <source>Active parameters must be positive.</source>
        <translation>激活参数必须为正数。</translation>
    </message>
    <message>
        <source>Active parameters cannot exceed the total (%L1).</source>
        <translation>激活参数不能超过总量（%L1）。</translation>
    </message>
    <message>
        <source>A dense model uses all its parameters per token; give routed experts for a MoE model.</source>
        <translation>稠密模型每个 token 使用全部参数；MoE 模型请填写路由专家数。</translation>
    </message>
    <message>
        <source>A MoE model needs its active parameters per token.</source>
        <translation>MoE 模型需要填写每 token 激活参数。</translation>
    </message>
    <message>
        <source>Experts per token must be from 1 to the number of routed experts (%1).</source>
        <translation>每 token 专家数必须在 1 到路由专家数（%1）之间。</translation>
    </message>
    <message>
        <source>Must be a whole number above 0.</source>
        <translation>必须是大于 0 的整数。</translation>
    </message>
    <message>
        <source>There cannot be more KV heads than attention heads (%1).</source>
        <translation>KV 头数不能多于注意力头数（%1）。</translation>
    </message>
    <message>
        <source>Must be from 0 to the number of layers (%1).</source>
        <translation>必须在 0 到层数（%1）之间。</translation>
    </message>
    <message>
        <source>Multi-head latent attention needs its latent rank.</source>
        <translation>多头潜在注意力需要填写潜在秩。</translation>
    </message>
    <message>
        <source>The context must be positive.</source>
        <translation>上下文必须为正数。</translation>
    </message>
    <message>
        <source>Give the release date as 2026, 2026-03 or 2026-03-15.</source>
        <translation>请按 2026、2026-03 或 2026-03-15 的格式填写发布日期。</translation>
    </message>
    <message>
        <source>Unknown tier “%1”: tiers are S, A, B, C, D and F.</source>
        <translation>未知等级“%1”：等级为 S、A、B、C、D 和 F。</translation>
    </message>
    <message>
        <source>The rank must be 1 or more.</source>
        <translation>排名必须大于或等于 1。</translation>
    </message>
    <message>
        <source>The tier entry names a model that is not in the dataset.</source>
        <translation>该分级条目引用的模型不在数据集中。</translation>
    </message>
    <message>
        <source>Rank %1 is already held by %2.</source>
        <translation>第 %1 名已由 %2 占据。</translation>
    </message>
    <message>
        <source>A GPU needs a name.</source>
        <translation>GPU 需要名称。</translation>
    </message>
    <message>
        <source>Another GPU is already called “%1”.</source>
        <translation>已有另一个 GPU 名为“%1”。</translation>
    </message>
    <message>
        <source>Memory must be positive.</source>
        <translation>显存必须为正数。</translation>
    </message>
    <message>
        <source>Bandwidth must be positive.</source>
        <translation>带宽必须为正数。</translation>
    </message>
    <message>
        <source>Compute must be positive.</source>
        <translation>算力必须为正数。</translation>
    </message>
    <message>
        <source>Power must be positive (or left empty).</source>
        <translation>功耗必须为正数（或留空）。</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>Give the date as 2026, 2026-03 or 2026-03-15.</source>
        <translation>请按 2026、2026-03 或 2026-03-15 的格式填写日期。</translation>
    </message>
    <message>
        <source>Name the provider.</source>
        <translation>请填写提供商。</translation>
    </message>
    <message>
        <source>Give the provider&apos;s name for the model.</source>
        <translation>请填写提供商对该模型的命名。</translation>
    </message>
    <message>
        <source>%1 already has a price for “%2”.</source>
        <translation>%1 已有“%2”的价格。</translation>
    </message>
    <message>
        <source>The model this price serves is not in the dataset.</source>
        <translation>该价格对应的模型不在数据集中。</translation>
    </message>
    <message>
        <source>A configuration pools 1 to %1 GPUs, not %2.</source>
        <translation>一个配置包含 1 到 %1 块 GPU，而不是 %2 块。</translation>
    </message>
    <message>
        <source>The GPU&apos;s share of memory is above 0 and at most 1 (or left empty for a card&apos;s own memory).</source>
        <translation>GPU 可用内存比例须大于 0 且不超过 1（独立显卡使用自身显存时留空）。</translation>
    </message>
</context>
<context>
    <name>VolumeParser</name>
    <message>
        <source>&quot;%1&quot; is not a token volume: write a number with an optional K, M, B or T suffix, such as 250M or 1.5B.</source>
        <translation>“%1”不是有效的 token 用量：请输入数字，可带 K、M、B 或 T 后缀，如 250M 或 1.5B。</translation>
    </message>
    <message>
        <source>The volume is too long to be a number.</source>
        <translation>用量过长，无法作为数字。</translation>
    </message>
    <message>
        <source>Enter a token volume, such as 250M or 1.5B.</source>
        <translation>请输入 token 用量，如 250M 或 1.5B。</translation>
    </message>
    <message>
        <source>A token volume cannot be negative.</source>
        <translation>token 用量不能为负数。</translation>
    </message>
    <message>
        <source>A token volume must be a finite number.</source>
        <translation>token 用量必须是有限数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a token volume: commas may only separate groups of three digits, as in 1,000,000.</source>
        <translation>“%1”不是有效的 token 用量：逗号只能用于分隔三位数字组，如 1,000,000。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a token volume: use an exponent or a suffix, not both.</source>
        <translation>“%1”不是有效的 token 用量：请使用指数或后缀，不要同时使用。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is more tokens a month than anyone plans for: the largest volume accepted is %2.</source>
        <translation>“%1”超出了任何人计划的每月 token 数：可接受的最大用量为 %2。</translation>
    </message>
    <message>
        <source>A token volume must be at least one token a month.</source>
        <translation>token 用量至少为每月 1 个 token。</translation>
    </message>
</context>
<context>
    <name>VramFitChart</name>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>额外开销</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>GPU memory needed, GiB (2³⁰ bytes)</source>
        <translation>所需 GPU 显存，GiB（2³⁰ 字节）</translation>
    </message>
    <message>
        <source>GPU memory needed, GB (10⁹ bytes)</source>
        <translation>所需 GPU 显存，GB（10⁹ 字节）</translation>
    </message>
    <message>
        <source>Usable: %1 (%2 × %3)</source>
        <translation>可用：%1（%2 × %3）</translation>
    </message>
    <message>
        <source>%1 context, batch %2, %3 KV cache</source>
        <translation>%1 上下文，批量 %2，%3 KV 缓存</translation>
    </message>
    <message>
        <source>%1 of %2 models fit on %3 at %4 — %5</source>
        <translation>%2 个模型中有 %1 个能以 %4 放进 %3 — %5</translation>
    </message>
    <message>
        <source>%1 fits on %2 in %3 of %4 formats — %5</source>
        <translation>%1 在 %4 种格式中有 %3 种能放进 %2 — %5</translation>
    </message>
    <message>
        <source>Choose a model to chart across quantizations</source>
        <translation>请选择要跨量化绘制的模型</translation>
    </message>
    <message>
        <source> — first %1 of %2 rows</source>
        <translation> — 前 %1 行，共 %2 行</translation>
    </message>
    <message>
        <source>%1 — measured %2</source>
        <translation>%1 — 实测 %2</translation>
    </message>
    <message>
        <source>Measured in your runs</source>
        <translation>您的运行实测</translation>
    </message>
</context>
<context>
    <name>VramFitControls</name>
    <message>
        <source>&amp;Zoom to the usable capacity</source>
        <translation>缩放到可用容量(&amp;Z)</translation>
    </message>
    <message>
        <source>GPU configuration</source>
        <translation>GPU 配置</translation>
    </message>
    <message>
        <source>A named configuration, or Custom for any GPU type and count below</source>
        <translation>已命名的配置，或选择“自定义”以在下方设置任意 GPU 型号和数量</translation>
    </message>
    <message>
        <source>GPU type</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>GPU count</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <source>GPUs pooled by tensor parallelism: their memory adds up</source>
        <translation>通过张量并行组合的 GPU：显存相加</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>Weight format and its effective bits per weight, scales included</source>
        <translation>权重格式及其每权重有效位数（含缩放因子）</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>Tokens each sequence keeps in the KV cache, in doublings from 2K to 1M</source>
        <translation>每个序列在 KV 缓存中保留的 token 数，从 2K 到 1M 按倍增调整</translation>
    </message>
    <message>
        <source>128K tokens</source>
        <translation>128K token</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>Concurrent sequences, each holding the full context in the KV cache</source>
        <translation>并发序列数，每个序列在 KV 缓存中保留完整上下文</translation>
    </message>
    <message>
        <source>KV cache precision</source>
        <translation>KV 缓存精度</translation>
    </message>
    <message>
        <source>Element format of the KV cache; 8-bit and 4-bit halve and quarter it</source>
        <translation>KV 缓存的元素格式；8 位和 4 位分别将其减半和减至四分之一</translation>
    </message>
    <message>
        <source>Expert offload</source>
        <translation>专家卸载</translation>
    </message>
    <message>
        <source>Mixture-of-experts models: keep attention and shared weights on the GPUs and the routed experts in system RAM (slower decode)</source>
        <translation>混合专家模型：注意力和共享权重放在 GPU 上，路由专家放在系统内存中（解码较慢）</translation>
    </message>
    <message>
        <source>GPU memory utilisation</source>
        <translation>GPU 显存利用率</translation>
    </message>
    <message>
        <source>Fraction of GPU memory the serving engine may use (vLLM&apos;s default: 0.9)</source>
        <translation>推理引擎可使用的 GPU 显存比例（vLLM 默认值：0.9）</translation>
    </message>
    <message>
        <source>Chart mode</source>
        <translation>图表模式</translation>
    </message>
    <message>
        <source>Compare every model at the chosen quantization, or one model across every quantization format</source>
        <translation>比较所选量化下的所有模型，或比较一个模型在所有量化格式下的表现</translation>
    </message>
    <message>
        <source>All models at one quantization</source>
        <translation>所有模型，单一量化</translation>
    </message>
    <message>
        <source>One model across quantizations</source>
        <translation>单一模型，所有量化</translation>
    </message>
    <message>
        <source>Model across quantizations</source>
        <translation>跨量化比较的模型</translation>
    </message>
    <message>
        <source>The model charted across quantizations</source>
        <translation>在各量化格式下绘制的模型</translation>
    </message>
    <message>
        <source>Zoom to the usable capacity</source>
        <translation>缩放到可用容量</translation>
    </message>
    <message>
        <source>Scale the axis to twice the usable capacity, where fits are decided; longer bars run off the right edge</source>
        <translation>将坐标轴缩放到可用容量的两倍（决定能否容纳的区间）；更长的条形会超出右边缘</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>型号(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Utilisation:</source>
        <translation>利用率(&amp;U)：</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>&amp;Quantization:</source>
        <translation>量化(&amp;Q)：</translation>
    </message>
    <message>
        <source>Conte&amp;xt:</source>
        <translation>上下文(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>批量(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;KV cache:</source>
        <translation>KV 缓存(&amp;K)：</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>%1 (%2 bits/weight)</source>
        <translation>%1（%2 位/权重）</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>自定义：%1</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 token</translation>
    </message>
    <message>
        <source>Mode&amp;l:</source>
        <translation>模型(&amp;L)：</translation>
    </message>
    <message>
        <source>Routed ex&amp;perts in system RAM</source>
        <translation>路由专家放在系统内存(&amp;P)</translation>
    </message>
    <message>
        <source>Configu&amp;ration:</source>
        <translation>配置(&amp;R)：</translation>
    </message>
    <message>
        <source>Cou&amp;nt:</source>
        <translation>数量(&amp;N)：</translation>
    </message>
    <message>
        <source>Inference engine</source>
        <translation>推理引擎</translation>
    </message>
    <message>
        <source>Decides the speed columns: llama.cpp splits the layers over the GPUs, so their bandwidths do not add up; vLLM splits every layer over them, and they do</source>
        <translation>决定速度列：llama.cpp 将各层分配到各 GPU，因此带宽不相加；vLLM 将每一层拆分到各 GPU，带宽相加</translation>
    </message>
    <message>
        <source>By format</source>
        <translation>按格式</translation>
    </message>
    <message>
        <source>By format (llama.cpp for GGUF, vLLM otherwise)</source>
        <translation>按格式（GGUF 用 llama.cpp，其他用 vLLM）</translation>
    </message>
    <message>
        <source>System memory bandwidth</source>
        <translation>系统内存带宽</translation>
    </message>
    <message>
        <source>Peak bandwidth of the system RAM that holds offloaded experts; the default is a desktop&apos;s dual-channel DDR5-5600</source>
        <translation>存放卸载专家的系统内存的峰值带宽；默认为台式机双通道 DDR5-5600</translation>
    </message>
    <message>
        <source> GB/s</source>
        <translation> GB/s</translation>
    </message>
    <message>
        <source>System RAM:</source>
        <translation>系统内存：</translation>
    </message>
    <message>
        <source>Eng&amp;ine:</source>
        <translation>引擎(&amp;I)：</translation>
    </message>
    <message>
        <source>Assumes %1 per GPU for the runtime (CUDA context, kernels), %2% of GPU memory usable, an activation buffer for %3-token prefill chunks, and the full context for every sequence of the batch. Decode speeds are what %4 reaches in published runs, at a %5-token prompt; routed experts in system RAM are read at %6 GB/s.</source>
        <translation>假设每个 GPU 为运行时（CUDA 上下文、内核）保留 %1，GPU 内存可用 %2%，为 %3 个 token 的预填充块保留激活缓冲区，批次中每个序列都占用完整上下文。解码速度为 %4 在已发表测试中达到的速度，提示词为 %5 个 token；系统内存中的路由专家以 %6 GB/s 读取。</translation>
    </message>
    <message>
        <source>the format&apos;s usual engine</source>
        <translation>该格式常用的引擎</translation>
    </message>
    <message>
        <source>The GPU model and its memory, in the unit the preferences choose</source>
        <translation>GPU 型号及其显存，单位按首选项的设置</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>VramFitView</name>
    <message>
        <source>VRAM fit table</source>
        <translation>显存适配表格</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>额外开销</translation>
    </message>
    <message>
        <source>Bar parts:</source>
        <translation>条形组成：</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <source>VRAM fit chart</source>
        <translation>显存适配图表</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>The chart&apos;s rows as a table: needed memory, headroom, verdict and speed</source>
        <translation>以表格形式呈现图表各行：所需显存、余量、结论和速度</translation>
    </message>
    <message>
        <source>VRAM fit controls</source>
        <translation>显存适配控件</translation>
    </message>
</context>
<context>
    <name>WorkloadPanel</name>
    <message>
        <source>Si&amp;ze for a workload</source>
        <translation>按工作负载规划(&amp;Z)</translation>
    </message>
    <message>
        <source>Size for a workload</source>
        <translation>按工作负载规划</translation>
    </message>
    <message>
        <source>Size each configuration for peak traffic and latency targets instead of a monthly volume: replicas, achieved latencies and the limiting resource join the table</source>
        <translation>按峰值流量和延迟目标而非月度用量规划每个配置:副本数、实际延迟和瓶颈资源将加入表格</translation>
    </message>
    <message>
        <source>Peak requests per second</source>
        <translation>峰值每秒请求数</translation>
    </message>
    <message>
        <source>Requests a second in the busiest hour; the monthly volume is this times the utilisation (the average traffic&apos;s share of the peak)</source>
        <translation>最繁忙时段的每秒请求数;月度用量为此值乘以利用率(平均流量占峰值的比例)</translation>
    </message>
    <message>
        <source>Mean prompt tokens per request</source>
        <translation>每请求平均提示词元数</translation>
    </message>
    <message>
        <source>Tokens in a request&apos;s prompt, on average: processed at the compute-bound prefill rate</source>
        <translation>每个请求提示中的平均词元数:以受算力限制的预填充速率处理</translation>
    </message>
    <message>
        <source>Mean output tokens per request</source>
        <translation>每请求平均输出词元数</translation>
    </message>
    <message>
        <source>Tokens generated per request, on average: produced at the batched decode rate</source>
        <translation>每个请求平均生成的词元数:以批量解码速率生成</translation>
    </message>
    <message>
        <source>Prefix-cache share of prompt tokens</source>
        <translation>前缀缓存命中的提示词元占比</translation>
    </message>
    <message>
        <source>Share of prompt tokens served from a prefix cache (a shared system prompt, say): they are not computed again</source>
        <translation>由前缀缓存提供的提示词元占比(例如共享的系统提示):它们不再重新计算</translation>
    </message>
    <message>
        <source>Time to first token target in milliseconds</source>
        <translation>首词元时间目标(毫秒)</translation>
    </message>
    <message>
        <source>The longest time to first token (TTFT) promised, queueing included; 0 for no target</source>
        <translation>承诺的最长首词元时间(TTFT),含排队;0 表示无目标</translation>
    </message>
    <message>
        <source>Time per output token target in milliseconds</source>
        <translation>每输出词元时间目标(毫秒)</translation>
    </message>
    <message>
        <source>The longest time per output token (TPOT) promised; it bounds the batch; 0 for no target</source>
        <translation>承诺的最长每输出词元时间(TPOT),它限制批大小;0 表示无目标</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Targets as 95th percentile or mean</source>
        <translation>目标按第 95 百分位数或均值</translation>
    </message>
    <message>
        <source>Whether the targets bound the 95th percentile of the latencies or their mean</source>
        <translation>目标限制的是延迟的第 95 百分位数还是均值</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>第 95 百分位数</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>Peak re&amp;quests/s:</source>
        <translation>峰值请求/秒(&amp;Q):</translation>
    </message>
    <message>
        <source>Prompt to&amp;kens:</source>
        <translation>提示词元(&amp;K):</translation>
    </message>
    <message>
        <source>Output tokens:</source>
        <translation>输出词元:</translation>
    </message>
    <message>
        <source>Prefi&amp;x cache:</source>
        <translation>前缀缓存(&amp;X):</translation>
    </message>
    <message>
        <source>TTFT target:</source>
        <translation>TTFT 目标:</translation>
    </message>
    <message>
        <source>TPOT target:</source>
        <translation>TPOT 目标:</translation>
    </message>
    <message>
        <source>Targets as:</source>
        <translation>目标按:</translation>
    </message>
    <message>
        <source>Traffic given as</source>
        <translation>流量给定方式</translation>
    </message>
    <message>
        <source>Give the peak traffic as requests a second, or as users who each wait for an answer and think before the next request</source>
        <translation>以每秒请求数给出峰值流量,或以用户数给出:每个用户等待回答,并在下一次请求前思考</translation>
    </message>
    <message>
        <source>requests a second</source>
        <translation>每秒请求数</translation>
    </message>
    <message>
        <source>concurrent users</source>
        <translation>并发用户</translation>
    </message>
    <message>
        <source>Concurrent users at peak</source>
        <translation>峰值并发用户数</translation>
    </message>
    <message>
        <source>Users at the busiest hour, each sending a request, waiting for the answer and thinking before the next: requests/s = users / (think time + TTFT target + output tokens x TPOT target)</source>
        <translation>最繁忙时段的用户,每人发送一个请求、等待回答,并在下一次请求前思考:请求/秒 = 用户数 / (思考时间 + TTFT 目标 + 输出词元 x TPOT 目标)</translation>
    </message>
    <message>
        <source>Think time in seconds</source>
        <translation>思考时间(秒)</translation>
    </message>
    <message>
        <source>Seconds a user takes between an answer and the next request</source>
        <translation>用户在收到回答与发出下一次请求之间所用的秒数</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Traffic as:</source>
        <translation>流量按:</translation>
    </message>
    <message>
        <source>Users at peak:</source>
        <translation>峰值用户数:</translation>
    </message>
    <message>
        <source>Think time:</source>
        <translation>思考时间:</translation>
    </message>
    <message>
        <source>= %1 requests/s at peak</source>
        <translation>= 峰值 %1 请求/秒</translation>
    </message>
    <message>
        <source>needs a think time or a latency target</source>
        <translation>需要思考时间或延迟目标</translation>
    </message>
    <message>
        <source>Replicas run</source>
        <translation>副本运行方式</translation>
    </message>
    <message>
        <source>Always on: every replica runs all month and the utilisation is the average traffic&apos;s share of the peak. Daily profile: rented replicas follow the traffic hour by hour, and the profile decides the average</source>
        <translation>常开:每个副本整月运行,利用率为平均流量占高峰的比例。每日曲线:租用的副本逐小时跟随流量,平均值由曲线决定</translation>
    </message>
    <message>
        <source>always on</source>
        <translation>常开</translation>
    </message>
    <message>
        <source>daily profile</source>
        <translation>按每日曲线</translation>
    </message>
    <message>
        <source>Peak hours a day</source>
        <translation>每天高峰小时数</translation>
    </message>
    <message>
        <source>Hours a day the traffic is at its peak</source>
        <translation>每天流量处于高峰的小时数</translation>
    </message>
    <message>
        <source> h a day</source>
        <translation> 小时/天</translation>
    </message>
    <message>
        <source>Off-peak traffic as a share of the peak</source>
        <translation>非高峰流量占高峰的比例</translation>
    </message>
    <message>
        <source>Traffic the rest of the day, as a share of the peak; at least one replica stays up</source>
        <translation>一天中其余时间的流量占高峰的比例;至少保留一个副本运行</translation>
    </message>
    <message>
        <source>Replicas run:</source>
        <translation>副本运行:</translation>
    </message>
    <message>
        <source>Peak:</source>
        <translation>高峰:</translation>
    </message>
    <message>
        <source>Off-peak:</source>
        <translation>非高峰:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LLM Atlas cannot start</source>
        <translation>LLM Atlas 无法启动</translation>
    </message>
</context>
</TS>
