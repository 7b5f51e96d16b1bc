# 目錄草案的模擬測算
whatif-title = 模擬測算：{ $jurisdiction } 的目錄草案
whatif-progress-label = 進度
whatif-running = 正在測算…
whatif-failed = 測算因錯誤中止，請重新開始。
whatif-progress = 已測算 { $processed } / { $total } 名人才
whatif-tally-title = 現行目錄與草案下的層級
whatif-summary = 共測算 { $talents } 名人才：{ $up } 名將升級，{ $down } 名將降級，{ $entered } 名將新進入層級，{ $out } 名將不再屬於任何層級。
whatif-errors = { $count ->
   *[other] 草案中的規則對 { $formatted } 名人才執行出錯，按未滿足處理。可按「規則出錯」篩選查看。
}
whatif-col-tier = 層級
whatif-col-before = 現行
whatif-col-after = 草案下
whatif-col-stay = 保持
whatif-col-up = 由下升入
whatif-col-down = 由上降入
whatif-col-in = 新進入
whatif-col-out = 退出所有層級
whatif-col-moved = 轉入其他層級
whatif-export = 下載名單（CSV）
whatif-changes-title = 層級將變化的人才
whatif-filter-movement = 按變化篩選
whatif-filter-tier = 按層級篩選
whatif-filter-all = 全部
whatif-filter-all-tiers = 全部層級
whatif-listed = { $count ->
   *[other] 共列出 { $formatted } 名人才
}
whatif-col-talent = 人才
whatif-col-jurisdiction = 轄區
whatif-col-from = 現行層級
whatif-col-to = 草案下層級
whatif-col-movement = 變化
whatif-col-criterion = 決定性條件
whatif-col-error = 規則錯誤
whatif-movement-up = 升級
whatif-movement-down = 降級
whatif-movement-in = 新進入層級
whatif-movement-out = 退出所有層級
whatif-movement-same = 不變
whatif-movement-error = 規則出錯
err-whatif-no-draft = 該轄區沒有可測算的目錄草案。
err-whatif-catalogue-unreadable = 無法讀取已儲存的目錄。
action-whatif-start = 開始模擬測算
action-whatif-export = 匯出模擬測算名單
