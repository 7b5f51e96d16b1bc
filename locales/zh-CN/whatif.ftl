# 目录草案的模拟测算
whatif-title = 模拟测算：{ $jurisdiction } 的目录草案
whatif-progress-label = 进度
whatif-running = 正在测算…
whatif-failed = 测算因错误中止，请重新开始。
whatif-progress = 已测算 { $processed } / { $total } 名人才
whatif-tally-title = 现行目录与草案下的层级
whatif-summary = 共测算 { $talents } 名人才：{ $up } 名将升级，{ $down } 名将降级，{ $entered } 名将新进入层级，{ $out } 名将不再属于任何层级。
whatif-errors = { $count ->
   *[other] 草案中的规则对 { $formatted } 名人才执行出错，按未满足处理。可按“规则出错”筛选查看。
}
whatif-col-tier = 层级
whatif-col-before = 现行
whatif-col-after = 草案下
whatif-col-stay = 保持
whatif-col-up = 由下升入
whatif-col-down = 由上降入
whatif-col-in = 新进入
whatif-col-out = 退出所有层级
whatif-col-moved = 转入其他层级
whatif-export = 下载名单（CSV）
whatif-changes-title = 层级将变化的人才
whatif-filter-movement = 按变化筛选
whatif-filter-tier = 按层级筛选
whatif-filter-all = 全部
whatif-filter-all-tiers = 全部层级
whatif-listed = { $count ->
   *[other] 共列出 { $formatted } 名人才
}
whatif-col-talent = 人才
whatif-col-jurisdiction = 辖区
whatif-col-from = 现行层级
whatif-col-to = 草案下层级
whatif-col-movement = 变化
whatif-col-criterion = 决定性条件
whatif-col-error = 规则错误
whatif-movement-up = 升级
whatif-movement-down = 降级
whatif-movement-in = 新进入层级
whatif-movement-out = 退出所有层级
whatif-movement-same = 不变
whatif-movement-error = 规则出错
err-whatif-no-draft = 该辖区没有可测算的目录草案。
err-whatif-catalogue-unreadable = 无法读取已保存的目录。
action-whatif-start = 开始模拟测算
action-whatif-export = 导出模拟测算名单
