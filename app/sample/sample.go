// Package sample embeds the sample article that Hashiya opens by default.
//
// The article (Arabic news, 2016-11-29) was given to the project by the
// product's owner for use in the product (see NOTICE).
package sample

import _ "embed"

// Article is the exact text of the bundled sample article, UTF-8, with its
// dateline on the third line.
//
//go:embed article.txt
var Article string

// Title is the sample article's title (its first line).
const Title = "«لافروف» يلتقي «حفتر» في روسيا بعيدا عن وسائل الإعلام"
