using System.CommandLine;
using Showcase.Cli;

// showcase: dựng trang mô hình hay, cách làm hay từ thư mục nội dung.
// Exit codes: 0 success, 1 content errors, 2 usage errors.
return CliApp.Run(args, Console.Out, Console.Error);
